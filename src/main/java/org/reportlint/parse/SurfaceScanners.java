package org.reportlint.parse;

import java.util.ArrayList;
import java.util.List;
import org.reportlint.data.DataSet;
import org.reportlint.facts.Line;
import org.reportlint.facts.Paragraph;

/**
 * The candidate finders of the surface rules (doubled phrases, masks, markup, noise, Latin tokens, stripped
 * terms, punctuation) for one document: fed line by line and paragraph by paragraph, then asked for the facts
 * that need the whole document (mask restorations, punctuation convention, stripped-term evidence).
 */
public final class SurfaceScanners {
    private final DataSet data;
    private final NoiseScanner noise;
    private final RepeatScanner repeats;
    private final LatinScanner latin;
    private final StrippedTermScanner stripped;
    private final PunctScanner punct = new PunctScanner();
    private final List<MaskScanner.Candidate> masks = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();

    public SurfaceScanners(DataSet data) {
        this.data = data;
        this.noise = new NoiseScanner(data.lexicon(NoiseScanner.LEXICON));
        this.repeats = new RepeatScanner(data.words(), data.gazetteer());
        this.latin = new LatinScanner(data.lexicon(LatinScanner.ENGLISH), data.lexicon(LatinScanner.TERMS),
                data.lexicon(LatinScanner.GLOSSES), data.words(), ScanLimits.of(data).commonWordFrequency());
        this.stripped = new StrippedTermScanner(data.lexicon(LatinScanner.TERMS),
                data.lexicon(TermNearMissScanner.LEXICON), data.words());
    }

    /** Facts of one physical line: noise and markup are line-shaped. */
    public void line(Line l, List<Object> facts) {
        lines.add(l);
        facts.addAll(noise.scan(l));
        facts.addAll(MarkupScanner.scan(l));
    }

    /** Facts of one paragraph (broken lines joined). */
    public void paragraph(Paragraph p, List<Object> facts) {
        facts.addAll(repeats.scan(p));
        facts.addAll(latin.scan(p));
        facts.addAll(punct.scan(p));
        masks.addAll(MaskScanner.scan(p));
        stripped.scan(p);
    }

    /** Facts that need the whole document. */
    public void finish(String documentText, List<Object> facts) {
        facts.add(punct.style());
        facts.addAll(punct.unpaired());
        facts.addAll(NoiseScanner.runningHeaders(lines, data.words()));
        facts.addAll(stripped.finish(documentText));
        facts.addAll(new MaskRestorer(data.lexicon(MaskRestorer.LEXICON), data.words()).restore(masks));
    }
}
