package org.reportlint.parse;

import java.util.ArrayList;
import java.util.List;
import org.reportlint.data.DataSet;
import org.reportlint.facts.Enumeration;
import org.reportlint.facts.GrowthClaim;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.Quantity;
import org.reportlint.facts.Sentence;

/**
 * The quantities and claims of a document: {@link Quantity} per figure, then {@code GrowthClaim}, {@code TargetClaim},
 * {@code SumClaim}, {@code RespectiveList} per paragraph, and {@link Enumeration}s and {@code StatedCount}s over the
 * paragraphs in order. One pass per scanner, each linear in the text.
 */
public final class QuantityExtractor {
    private final QuantityData data;
    private final QuantityScanner scanner;
    private final StatedCountParser counts;
    private final BareUnitScanner bareUnits;

    public QuantityExtractor(DataSet data) {
        this.data = new QuantityData(data);
        this.scanner = new QuantityScanner(this.data);
        this.counts = new StatedCountParser(this.data);
        this.bareUnits = new BareUnitScanner(this.data);
    }

    /**
     * The facts that need the structure and the claims together, among {@code facts} (call after {@link #extract}):
     * {@link org.reportlint.facts.MetricMention}s and {@link org.reportlint.facts.HeadingGap}s.
     */
    public List<Object> crossFacts(List<Object> facts) {
        List<Object> out = new ArrayList<>(new MetricMentionFinder(data).find(facts));
        out.addAll(HeadingGapFinder.find(facts));
        return out;
    }

    /** All facts for {@code paragraphs}; {@code sentences.get(i)} are the sentences of paragraph i. */
    public List<Object> extract(List<Paragraph> paragraphs, List<List<Sentence>> sentences) {
        List<Object> out = new ArrayList<>();
        GrowthClaimParser growth = new GrowthClaimParser(data.cues(), data.words());
        TargetClaimParser targets = new TargetClaimParser(data.cues());
        SumClaimParser sums = new SumClaimParser(data);
        RespectiveListParser respective = new RespectiveListParser(data.cues());
        StructureRatioParser ratios = new StructureRatioParser(data.cues());
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            List<Sentence> ss = sentences.get(i);
            if (ss.isEmpty()) {
                continue;
            }
            out.addAll(bareUnits.scan(p));
            out.addAll(ratios.parse(p));
            List<Quantity> qs = scanner.scan(p, ss);
            if (qs.isEmpty()) {
                continue;
            }
            out.addAll(qs);
            List<GrowthClaim> gs = growth.parse(p, qs);
            out.addAll(gs);
            out.addAll(targets.parse(p, ss, qs, gs));
            out.addAll(sums.parse(p, ss, qs, gs));
            out.addAll(respective.parse(p, qs));
        }
        List<Object> enumerations = EnumerationParser.parse(paragraphs);
        out.addAll(enumerations);
        List<Enumeration> enums = enumerations.stream().filter(Enumeration.class::isInstance)
                .map(Enumeration.class::cast).toList();
        out.addAll(counts.parse(paragraphs, sentences, enums));
        return out;
    }
}
