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
    private final TypoScanners typos;

    public DocumentParser(DataSet data) {
        this.typos = new TypoScanners(data);
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
        List<Paragraph> paragraphs = ParagraphJoiner.join(lines);
        for (Paragraph p : paragraphs) {
            facts.add(p);
            facts.addAll(SentenceSplitter.split(p));
            facts.addAll(RepeatScanner.scan(p));
            for (TermScanner s : termScanners) {
                facts.addAll(s.scan(p));
            }
        }
        facts.addAll(typos.scan(paragraphs, src.text()));
        return facts;
    }
}
