package org.reportlint.parse;

import java.util.ArrayList;
import java.util.List;
import org.reportlint.data.DataSet;
import org.reportlint.data.Lexicon;
import org.reportlint.facts.Document;
import org.reportlint.facts.Line;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.Sentence;
import org.reportlint.input.SourceText;

/** Turns a {@link SourceText} into the facts the rules judge. */
public final class DocumentParser {
    private final List<TermScanner> termScanners = new ArrayList<>();
    private final StructureParser structure;

    public DocumentParser(DataSet data) {
        structure = new StructureParser(data::words);
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
        StructureParser.Structure st = structure.parse(src, lines);
        facts.addAll(st.facts());
        for (Paragraph p : st.paragraphs()) {
            facts.add(p);
            List<Sentence> sentences = SentenceSplitter.split(p);
            facts.addAll(sentences);
            sentences.forEach(s -> facts.addAll(ClauseSplitter.split(s)));
            facts.addAll(RepeatScanner.scan(p));
            for (TermScanner s : termScanners) {
                facts.addAll(s.scan(p));
            }
        }
        return facts;
    }
}
