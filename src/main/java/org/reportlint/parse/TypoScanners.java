package org.reportlint.parse;

import java.util.ArrayList;
import java.util.List;
import org.reportlint.data.DataSet;
import org.reportlint.facts.Paragraph;

/**
 * The scanners behind the typo rules (places, known misspellings, official terms, idioms, quoted variants), built
 * on first use so that their large data sets load on the data thread while the rules compile.
 */
final class TypoScanners {
    private final DataSet data;
    private volatile Built built;

    private record Built(PlaceScanner places, MisspellingScanner misspellings, TermNearMissScanner terms,
            QuotedVariantScanner variants, LostCharacterScanner lost, IdiomNearMissScanner idioms) {
    }

    TypoScanners(DataSet data) {
        this.data = data;
    }

    private Built built() {
        Built b = built;
        if (b == null) {
            synchronized (this) {
                if (built == null) {
                    ScanLimits limits = ScanLimits.of(data);
                    built = new Built(new PlaceScanner(data, limits),
                            new MisspellingScanner(data.lexicon(MisspellingScanner.LEXICON), data.words(),
                                    limits.commonWordFrequency()),
                            new TermNearMissScanner(data.lexicon(TermNearMissScanner.LEXICON), data.words(),
                                    data.hanzi(), limits),
                            new QuotedVariantScanner(data.hanzi(), limits.strokeGap(), 3, 12),
                            new LostCharacterScanner(data.words(), limits.minFragmentWordFrequency(),
                                    limits.lostCharacterCandidates()),
                            new IdiomNearMissScanner(data, limits));
                }
                b = built;
            }
        }
        return b;
    }

    List<Object> scan(List<Paragraph> paragraphs, String documentText) {
        Built b = built();
        List<Object> out = new ArrayList<>(b.places().scan(paragraphs, documentText));
        for (Paragraph p : paragraphs) {
            out.addAll(b.misspellings().scan(p));
            out.addAll(b.terms().scan(p));
        }
        out.addAll(b.idioms().scan(paragraphs, documentText));
        out.addAll(b.variants().scan(paragraphs, documentText));
        out.addAll(b.lost().scan(paragraphs));
        return out;
    }
}
