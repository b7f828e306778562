package org.reportlint.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.reportlint.data.Division;
import org.reportlint.data.Gazetteer;
import org.reportlint.facts.InferredRegion;
import org.reportlint.facts.Report;

/**
 * Which prefecture a stretch of a report is about: the prefecture whose places are named most often within a
 * window of paragraphs around it (a compilation of several cities' reports changes region as it goes). Where the
 * report names its own place (Report.city), only prefectures of that province count: a province's report names
 * partners elsewhere (湘赣边, 对口支援) and county names that are also common words, which must not outvote it.
 */
final class RegionModel {
    private final int window;
    private final Map<String, String> provinceOf = new HashMap<>();
    /** Votes for each area, by paragraph; a name that several areas share splits its vote. */
    private final TreeMap<Integer, Map<String, Double>> votes = new TreeMap<>();
    private final Map<Integer, String> areaCache = new HashMap<>();

    RegionModel(List<PlaceMention> mentions, int window) {
        this(mentions, window, i -> "");
    }

    /** @param homeProvince the province of the report a paragraph belongs to, by paragraph index ("" unknown) */
    RegionModel(List<PlaceMention> mentions, int window, IntFunction<String> homeProvince) {
        this.window = window;
        for (PlaceMention m : mentions) {
            m.divisions().forEach(d -> provinceOf.putIfAbsent(d.area(), d.province()));
            if (!m.placeLike()) {
                continue;
            }
            String home = homeProvince.apply(m.paragraph());
            List<String> areas = m.divisions().stream().filter(d -> !d.level().equals("province"))
                    .filter(d -> home.isEmpty() || d.province().equals(home)).map(Division::area).distinct().toList();
            if (areas.isEmpty()) {
                continue;
            }
            Map<String, Double> v = votes.computeIfAbsent(m.paragraph(), k -> new HashMap<>());
            areas.forEach(a -> v.merge(a, 1.0 / areas.size(), Double::sum));
        }
    }

    /** The prefecture (or municipality) most named around paragraph {@code index}; empty when none. */
    String areaAt(int index) {
        return areaCache.computeIfAbsent(index, i -> best(i - window, i + window).getPrefecture());
    }

    /** The province of the place a report names as its own (湖南省; 运城市 → 山西省), or "" when unknown. */
    static String homeProvince(Gazetteer gazetteer, Report r) {
        String city = r == null ? null : r.getCity();
        for (int len = city == null ? 0 : city.length(); len >= 2; len--) {
            List<String> ps = gazetteer.resolve(city.substring(0, len)).stream().map(Division::province).distinct()
                    .toList();
            if (!ps.isEmpty()) {
                return ps.size() == 1 ? ps.get(0) : "";
            }
        }
        return "";
    }

    /**
     * The province each report names most (its places and its own name; a name several provinces share splits its
     * vote), when it has at least twice the votes of the next: the home of a report that does not say whose it is.
     *
     * @param reportOf the report a paragraph belongs to, by paragraph index
     */
    static Map<Report, String> namedProvinces(List<PlaceMention> mentions, IntFunction<Report> reportOf) {
        Map<Report, Map<String, Double>> votes = new HashMap<>();
        for (PlaceMention m : mentions) {
            List<String> ps = m.divisions().stream().map(Division::province).distinct().toList();
            if (m.placeLike() && !ps.isEmpty()) {
                Map<String, Double> v = votes.computeIfAbsent(reportOf.apply(m.paragraph()), k -> new HashMap<>());
                ps.forEach(p -> v.merge(p, 1.0 / ps.size(), Double::sum));
            }
        }
        Map<Report, String> out = new HashMap<>();
        votes.forEach((r, v) -> {
            List<Map.Entry<String, Double>> ranked = v.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).toList();
            boolean clear = ranked.size() == 1 || ranked.get(0).getValue() >= 2 * ranked.get(1).getValue();
            out.put(r, clear ? ranked.get(0).getKey() : "");
        });
        return out;
    }

    String provinceOfArea(String area) {
        return provinceOf.getOrDefault(area, "");
    }

    /** The strongest prefecture of the whole document. */
    InferredRegion document() {
        return best(Integer.MIN_VALUE / 2, Integer.MAX_VALUE / 2);
    }

    private InferredRegion best(int from, int to) {
        Map<String, Double> sum = new HashMap<>();
        votes.subMap(from, true, to, true).values().forEach(v -> v.forEach((a, w) -> sum.merge(a, w, Double::sum)));
        return sum.entrySet().stream().max(Map.Entry.<String, Double>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new InferredRegion(e.getKey(), provinceOfArea(e.getKey()), (int) Math.round(e.getValue())))
                .orElse(new InferredRegion("", "", 0));
    }
}
