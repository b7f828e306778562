package org.reportlint.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reportlint.data.Division;
import org.reportlint.facts.InferredRegion;

/**
 * Which prefecture a stretch of a report is about: the prefecture whose places are named most often within a
 * window of paragraphs around it (a compilation of several cities' reports changes region as it goes).
 */
final class RegionModel {
    private final List<PlaceMention> mentions;
    private final int window;
    private final Map<String, String> provinceOf = new HashMap<>();
    private final Map<Integer, String> areaCache = new HashMap<>();

    RegionModel(List<PlaceMention> mentions, int window) {
        this.mentions = mentions;
        this.window = window;
        for (PlaceMention m : mentions) {
            for (Division d : m.divisions()) {
                provinceOf.putIfAbsent(d.area(), d.province());
            }
        }
    }

    /** The prefecture (or municipality) most named around paragraph {@code index}; empty when none. */
    String areaAt(int index) {
        return areaCache.computeIfAbsent(index, i -> best(i - window, i + window).getPrefecture());
    }

    String provinceOfArea(String area) {
        return provinceOf.getOrDefault(area, "");
    }

    /** The strongest prefecture of the whole document. */
    InferredRegion document() {
        return best(Integer.MIN_VALUE / 2, Integer.MAX_VALUE / 2);
    }

    private InferredRegion best(int from, int to) {
        Map<String, Double> votes = new HashMap<>();
        for (PlaceMention m : mentions) {
            if (m.paragraph() < from || m.paragraph() > to || !m.placeLike()) {
                continue;
            }
            List<String> areas = m.divisions().stream().filter(d -> !d.level().equals("province"))
                    .map(Division::area).distinct().toList();
            for (String a : areas) {
                votes.merge(a, 1.0 / areas.size(), Double::sum);
            }
        }
        return votes.entrySet().stream().max(Map.Entry.<String, Double>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new InferredRegion(e.getKey(), provinceOfArea(e.getKey()), (int) Math.round(e.getValue())))
                .orElse(new InferredRegion("", "", 0));
    }
}
