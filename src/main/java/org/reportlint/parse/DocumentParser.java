package org.reportlint.parse;

import java.util.ArrayList;
import java.util.List;
import org.reportlint.data.DataSet;
import org.reportlint.data.Lexicon;
import org.reportlint.facts.Document;
import org.reportlint.facts.Line;
import org.reportlint.facts.Paragraph;
import org.reportlint.input.SourceText;

/** Turns a {@link SourceText} into the facts the rules judge. */
public final class DocumentParser {
    private final List<TermScanner> termScanners = new ArrayList<>();
    private final DataSet data;

    public DocumentParser(DataSet data) {
        this.data = data;
        for (Lexicon lex : data.lexicons().values()) {
            if ("yes".equals(lex.header("scan"))) {
                termScanners.add(new TermScanner(lex.name(), lex.entries()));
            }
        }
    }

    public List<Object> parse(SourceText src) {
        List<Object> facts = new ArrayList<>();
        facts.add(new Document(src.name(), src.text()));
        List<Line> lines = LineScanner.scan(src);
        facts.addAll(lines);
        NoiseScanner noise = new NoiseScanner(data.lexicon(NoiseScanner.LEXICON));
        for (Line l : lines) {
            facts.addAll(noise.scan(l));
            facts.addAll(MarkupScanner.scan(l));
        }
        List<Paragraph> paragraphs = ParagraphJoiner.join(lines);
        RepeatScanner repeats = new RepeatScanner(data.words());
        PunctScanner punct = new PunctScanner();
        StrippedTermScanner stripped = new StrippedTermScanner(data.lexicon(LatinScanner.TERMS), data.words());
        List<MaskScanner.Candidate> masks = new ArrayList<>();
        LatinScanner latin = new LatinScanner(data.lexicon(LatinScanner.ENGLISH), data.lexicon(LatinScanner.TERMS),
                data.lexicon(LatinScanner.GLOSSES));
        for (Paragraph p : paragraphs) {
            facts.add(p);
            facts.addAll(SentenceSplitter.split(p));
            facts.addAll(repeats.scan(p));
            masks.addAll(MaskScanner.scan(p));
            facts.addAll(latin.scan(p));
            stripped.scan(p);
            facts.addAll(punct.scan(p));
            for (TermScanner s : termScanners) {
                facts.addAll(s.scan(p));
            }
        }
        facts.add(punct.style());
        facts.addAll(stripped.finish(src.text()));
        facts.addAll(new MaskRestorer(data.lexicon(MaskRestorer.LEXICON), data.words()).restore(masks));
        return facts;
    }
}
