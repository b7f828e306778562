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
    private final DataSet data;
    private final StructureParser structure;
    private final QuantityExtractor quantities;
    private final TypoScanners typos;

    public DocumentParser(DataSet data) {
        this.data = data;
        structure = new StructureParser(data::words);
        for (Lexicon lex : data.lexicons().values()) {
            if ("yes".equals(lex.header("scan"))) {
                termScanners.add(new TermScanner(lex.name(), lex.entries()));
            }
        }
        quantities = new QuantityExtractor(data);
        typos = new TypoScanners(data);
    }

    public List<Object> parse(SourceText src) {
        List<Object> facts = new ArrayList<>();
        facts.add(new Document(src.name(), src.text()));
        List<Line> lines = LineScanner.scan(src);
        facts.addAll(lines);
        SurfaceScanners surface = new SurfaceScanners(data);
        lines.forEach(l -> surface.line(l, facts));
        StructureParser.Structure st = structure.parse(src, lines);
        facts.addAll(st.facts());
        List<Paragraph> paragraphs = st.paragraphs();
        List<List<Sentence>> sentences = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            facts.add(p);
            List<Sentence> ss = SentenceSplitter.split(p);
            sentences.add(ss);
            facts.addAll(ss);
            ss.forEach(s -> facts.addAll(ClauseSplitter.split(s)));
            surface.paragraph(p, facts);
            for (TermScanner s : termScanners) {
                facts.addAll(s.scan(p));
            }
        }
        surface.finish(src.text(), facts);
        facts.addAll(quantities.extract(paragraphs, sentences));
        facts.addAll(quantities.crossFacts(facts));
        facts.addAll(typos.scan(paragraphs, src.text()));
        return facts;
    }
}
