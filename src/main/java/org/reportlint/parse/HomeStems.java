package org.reportlint.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reportlint.data.Division;
import org.reportlint.data.Gazetteer;

/**
 * The short forms of one province's own divisions (长春, 白城, 滨海) indexed for one-character-off look-ups: each stem
 * is filed under every pattern that blanks one of its characters, so a window of text finds its near stems in a few
 * hash look-ups instead of a pass over the province.
 */
final class HomeStems {
    private static final char BLANK = '\u0000';

    private final Gazetteer gazetteer;
    private final String province;
    private final Map<String, List<String>> byPattern = new HashMap<>();
    private final int longest;
    private final StringBuilder heads = new StringBuilder();

    HomeStems(Gazetteer gazetteer, String province) {
        this.gazetteer = gazetteer;
        this.province = province;
        int max = 0;
        for (String stem : gazetteer.stemsOf(province)) {
            for (int k = 0; k < stem.length(); k++) {
                List<String> list = byPattern.computeIfAbsent(blank(stem, k), x -> new ArrayList<>(2));
                if (!list.contains(stem)) {
                    list.add(stem);
                }
            }
            max = Math.max(max, stem.length());
            if (heads.indexOf(stem.substring(0, 1)) < 0) {
                heads.append(stem.charAt(0));
            }
        }
        this.longest = max;
    }

    String province() {
        return province;
    }

    /** The longest stem of the province, in characters (0 when the province is unknown). */
    int longest() {
        return longest;
    }

    /** Stems of the province that differ from {@code s} in exactly one character. */
    List<String> oneOff(String s) {
        List<String> out = new ArrayList<>(2);
        for (int k = 0; k < s.length(); k++) {
            for (String stem : byPattern.getOrDefault(blank(s, k), List.of())) {
                if (!stem.equals(s) && !out.contains(stem)) {
                    out.add(stem);
                }
            }
        }
        return out;
    }

    /**
     * Whether every character of {@code s} begins a stem of the province: a compound of abbreviated home places
     * (a 济南–青岛 railway is the 济青 railway), not a slip.
     */
    boolean abbreviatesHomePlaces(String s) {
        return s.chars().allMatch(c -> heads.indexOf(String.valueOf((char) c)) >= 0);
    }

    /** Whether {@code name} (full name or short form) is a county-level or higher division of the province. */
    boolean isHome(String name) {
        return gazetteer.resolve(name).stream().anyMatch(d -> d.isCountyOrAbove() && d.province().equals(province));
    }

    /** Whether {@code name} is the province's own name (吉林, 四川省). */
    boolean isProvince(String name) {
        return gazetteer.resolve(name).stream()
                .anyMatch(d -> d.level().equals("province") && d.province().equals(province));
    }

    /** Whether {@code name} names a division of some other province and none of this one. */
    boolean isForeign(String name) {
        List<Division> ds = gazetteer.resolve(name).stream().filter(Division::isCountyOrAbove).toList();
        return !ds.isEmpty() && ds.stream().noneMatch(d -> d.province().equals(province));
    }

    /**
     * Whether {@code name} is the province itself or one of its prefectures containing {@code stem} (吉林省, 天津,
     * 昆明市 before a district of Kunming); with no stem, only the province.
     */
    boolean isParent(String name, String stem) {
        for (Division d : gazetteer.resolve(name)) {
            if (!d.province().equals(province)) {
                continue;
            }
            if (d.level().equals("province")
                    || stem != null && d.level().equals("prefecture") && gazetteer.resolve(stem).stream()
                            .anyMatch(c -> c.prefecture().equals(d.name()))) {
                return true;
            }
        }
        return false;
    }

    private static String blank(String s, int k) {
        return s.substring(0, k) + BLANK + s.substring(k + 1);
    }
}
