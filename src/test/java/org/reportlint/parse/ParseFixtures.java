package org.reportlint.parse;

import java.nio.file.Path;
import java.util.List;
import org.reportlint.data.DataSet;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.Quantity;
import org.reportlint.facts.Sentence;

/** The project's data, loaded once per test JVM, and paragraphs made from plain strings. */
final class ParseFixtures {
    private static DataSet data;
    private static QuantityData quantityData;

    private ParseFixtures() {
    }

    static synchronized DataSet data() {
        if (data == null) {
            data = DataSet.load(Path.of("rules", "data"));
        }
        return data;
    }

    static synchronized QuantityData quantityData() {
        if (quantityData == null) {
            quantityData = new QuantityData(data());
        }
        return quantityData;
    }

    /** A one-line paragraph whose source offsets equal its text offsets. */
    static Paragraph paragraph(String text) {
        int[] origin = new int[text.length()];
        for (int i = 0; i < origin.length; i++) {
            origin[i] = i;
        }
        return new Paragraph(0, text, origin, 1, 1);
    }

    static List<Quantity> quantities(String text) {
        Paragraph p = paragraph(text);
        return new QuantityScanner(quantityData()).scan(p, SentenceSplitter.split(p));
    }

    /** {@code text=value base KIND[ BOUND][ ~]} for each quantity: compact expectations for tests. */
    static String describe(Quantity q) {
        StringBuilder b = new StringBuilder(q.getText()).append('=').append(q.getValue().toPlainString());
        if (!q.getBaseUnit().isEmpty()) {
            b.append(' ').append(q.getBaseUnit());
        }
        b.append(' ').append(q.getKind());
        if (q.getBound() != org.reportlint.facts.Bound.EXACT) {
            b.append(' ').append(q.getBound());
            if (q.getBound() == org.reportlint.facts.Bound.RANGE) {
                b.append(' ').append(q.getHigh().toPlainString());
            }
        }
        if (q.isApproximate()) {
            b.append(" ~");
        }
        if (q.isMalformed()) {
            b.append(" !");
        }
        return b.toString();
    }
}
