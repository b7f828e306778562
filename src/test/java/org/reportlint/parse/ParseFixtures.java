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

    private static QuantityExtractor extractor;

    /** All quantity and claim facts of paragraphs given one per string. */
    static synchronized List<Object> extract(String... texts) {
        if (extractor == null) {
            extractor = new QuantityExtractor(data());
        }
        List<Paragraph> ps = new java.util.ArrayList<>();
        List<List<Sentence>> ss = new java.util.ArrayList<>();
        int offset = 0;
        for (int k = 0; k < texts.length; k++) {
            int[] origin = new int[texts[k].length()];
            for (int i = 0; i < origin.length; i++) {
                origin[i] = offset + i;
            }
            offset += texts[k].length() + 1;
            Paragraph p = new Paragraph(k, texts[k], origin, k + 1, k + 1);
            ps.add(p);
            ss.add(SentenceSplitter.split(p));
        }
        return extractor.extract(ps, ss);
    }

    static <T> List<T> facts(Class<T> type, String... texts) {
        return extract(texts).stream().filter(type::isInstance).map(type::cast).toList();
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
