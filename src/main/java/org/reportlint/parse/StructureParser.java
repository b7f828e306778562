package org.reportlint.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.reportlint.data.WordDictionary;
import org.reportlint.facts.Heading;
import org.reportlint.facts.Line;
import org.reportlint.facts.LineBreakJoin;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.Report;
import org.reportlint.facts.Section;
import org.reportlint.facts.TableOfContents;
import org.reportlint.input.SourceText;

/** Builds the structure of a file: reports, tables of contents, paragraphs, line joins, headings, sections. */
public final class StructureParser {
    private final Supplier<WordDictionary> words;

    /** @param words the word list, asked for only when a report or a join needs it */
    public StructureParser(Supplier<WordDictionary> words) {
        this.words = words;
    }

    /** The structure facts of a file; paragraphs are listed apart since further scanners run over them. */
    public record Structure(List<Report> reports, List<TableOfContents> tables, List<Paragraph> paragraphs,
            List<LineBreakJoin> joins, List<Heading> headings, List<Section> sections) {

        /** Every structure fact except the paragraphs, in a stable order. */
        public List<Object> facts() {
            List<Object> out = new ArrayList<>(reports);
            for (TableOfContents t : tables) {
                out.add(t);
                out.addAll(t.getEntries());
            }
            out.addAll(joins);
            out.addAll(headings);
            out.addAll(sections);
            return out;
        }
    }

    public Structure parse(SourceText src, List<Line> lines) {
        LineKind[] kinds = LineClassifier.classify(lines);
        ReportSplitter.Outline outline = ReportSplitter.split(src.text(), lines, kinds, words);
        List<Paragraph> paragraphs = ParagraphJoiner.join(lines, kinds, outline.region(), outline.reports());
        List<LineBreakJoin> joins = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            if (p.isJoined()) {
                joins.addAll(LineBreakScanner.scan(p, src, words.get()));
            }
        }
        List<Heading> headings = HeadingParser.parse(paragraphs);
        List<Section> sections = SectionBuilder.build(src.text(), paragraphs, headings);
        return new Structure(outline.reports(), outline.tables(), paragraphs, joins, headings, sections);
    }
}
