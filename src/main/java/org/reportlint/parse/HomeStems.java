package org.reportlint.parse;

import java.util.ArrayList;
import java.util.BitSet;
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
    static final int ANY = -1;
    static final int NONE = -2;
    /** Longest stem looked for (longer short forms, a few autonomous counties, are left to the suffix scan). */
    private static final int MAX_LENGTH = 6;

    private final Gazetteer gazetteer;
    private final String province;
    private final Map<String, List<String>> byPattern = new HashMap<>();
    private final int longest;
    private final StringBuilder heads = new StringBuilder();
    /** By stem length, then position: the characters stems have there (a cheap test before any look-up). */
    private final BitSet[][] charsAt = new BitSet[MAX_LENGTH + 1][];

    HomeStems(Gazetteer gazetteer, String province) {
        this.gazetteer = gazetteer;
        this.province = province;
        int max = 0;
        for (String stem : gazetteer.stemsOf(province)) {
            if (stem.length() <= MAX_LENGTH) {
                index(stem);
                max = Math.max(max, stem.length());
            }
        }
        this.longest = max;
    }

    private void index(String stem) {
        for (int k = 0; k < stem.length(); k++) {
            List<String> list = byPattern.computeIfAbsent(blank(stem, k), x -> new ArrayList<>(2));
            if (!list.contains(stem)) {
                list.add(stem);
            }
        }
        if (charsAt[stem.length()] == null) {
            charsAt[stem.length()] = newSets(stem.length());
        }
        for (int k = 0; k < stem.length(); k++) {
            charsAt[stem.length()][k].set(stem.charAt(k));
        }
        if (heads.indexOf(stem.substring(0, 1)) < 0) {
            heads.append(stem.charAt(0));
        }
    }

    String province() {
        return province;
    }

    /** The longest stem of the province, in characters (0 when the province is unknown). */
    int longest() {
        return longest;
    }

    private static BitSet[] newSets(int n) {
        BitSet[] sets = new BitSet[n];
        for (int k = 0; k < n; k++) {
            sets[k] = new BitSet();
        }
        return sets;
    }

    /**
     * Where a stem may differ from {@code t[from, from + n)} by one character: the one position whose character no
     * stem has there, {@link #ANY} when every character fits somewhere, {@link #NONE} when two do not.
     */
    int nearPosition(String t, int from, int n) {
        BitSet[] at = n <= MAX_LENGTH ? charsAt[n] : null;
        if (at == null) {
            return NONE;
        }
        int miss = ANY;
        for (int k = 0; k < n; k++) {
            if (!at[k].get(t.charAt(from + k))) {
                if (miss != ANY) {
                    return NONE;
                }
                miss = k;
            }
        }
        return miss;
    }

    /** Stems of the province that differ from {@code s} in exactly one character. */
    List<String> oneOff(String s) {
        return oneOff(s, ANY);
    }

    /** Stems one character off {@code s}, differing at {@code position} (or anywhere: {@link #ANY}). */
    List<String> oneOff(String s, int position) {
        List<String> out = new ArrayList<>(2);
        for (int k = position == ANY ? 0 : position; k < (position == ANY ? s.length() : position + 1); k++) {
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
