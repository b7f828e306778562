package org.reportlint.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Look-ups over {@code rules/data/divisions.tsv}: is a string the full name or short form of a real division, which
 * names start with a prefix (a sorted array, binary search), and which names of one prefecture differ from a string
 * in exactly one character (a linear pass over that prefecture's few hundred names). Townships, nine tenths of the
 * file, are kept as bare names by area: only county-level divisions and above get records and short forms.
 */
public final class Gazetteer {
    public static final String LEXICON = "divisions";
    public static final Gazetteer EMPTY = new Gazetteer(List.of(), Map.of());

    private final Map<String, List<Division>> byName = new HashMap<>();
    private final Map<String, List<Division>> byShort = new HashMap<>();
    private final Map<String, List<String>> byArea = new HashMap<>();
    private final Map<String, List<String>> countiesByProvince = new HashMap<>();
    private final Map<String, List<String>> stemsByProvince = new HashMap<>();
    private final Set<String> towns = new HashSet<>();
    private final String[] sorted;
    private final int[] heads;

    private Gazetteer(List<Division> divisions, Map<String, List<String>> townsByArea) {
        for (Division d : divisions) {
            file(byName, d.name(), d);
            List<String> area = byArea.computeIfAbsent(d.area(), k -> new ArrayList<>());
            area.add(d.name());
            countiesByProvince.computeIfAbsent(d.province(), k -> new ArrayList<>()).add(d.name());
            if (!d.shortForm().isEmpty()) {
                file(byShort, d.shortForm(), d);
                area.add(d.shortForm());
                if (d.isCountyOrAbove() && !d.level().equals("former")) {
                    stemsByProvince.computeIfAbsent(d.province(), k -> new ArrayList<>()).add(d.shortForm());
                }
            }
        }
        townsByArea.forEach((area, names) -> {
            byArea.computeIfAbsent(area, k -> new ArrayList<>()).addAll(names);
            towns.addAll(names);
        });
        Set<String> keys = new HashSet<>(byName.keySet());
        keys.addAll(byShort.keySet());
        sorted = keys.toArray(new String[0]);
        Arrays.sort(sorted);
        heads = keys.stream().filter(k -> k.length() >= 2).mapToInt(k -> k.charAt(0) << 16 | k.charAt(1))
                .sorted().distinct().toArray();
    }

    private static void file(Map<String, List<Division>> map, String key, Division d) {
        map.computeIfAbsent(key, k -> new ArrayList<>(1)).add(d);
    }

    /** Reads {@code name, code, level, short form, prefecture, province} lines; {@code #} lines are the header. */
    static Gazetteer read(Path file) {
        List<Division> list = new ArrayList<>(5_000);
        Map<String, List<String>> townsByArea = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            String[] c = new String[6];
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.charAt(0) == '#' || !split(line, c)) {
                    continue;
                }
                if (c[2].equals("town") || c[1].length() > 6) {
                    townsByArea.computeIfAbsent(c[4].isEmpty() ? c[5] : c[4], k -> new ArrayList<>()).add(c[0]);
                } else {
                    list.add(new Division(c[0], c[1], c[2], c[3], c[4], c[5]));
                }
            }
        } catch (IOException e) {
            throw new DataException(file + ": cannot read (" + e.getMessage() + ")");
        }
        return new Gazetteer(list, townsByArea);
    }

    /** Splits a line on tabs into {@code out}; false when it has fewer columns. */
    private static boolean split(String line, String[] out) {
        int from = 0;
        for (int i = 0; i < out.length; i++) {
            int tab = line.indexOf('\t', from);
            if (tab < 0 && i < out.length - 1) {
                return false;
            }
            out[i] = tab < 0 ? line.substring(from) : line.substring(from, tab);
            from = tab + 1;
        }
        return true;
    }

    /** County-level and higher divisions whose full name is {@code name}. */
    public List<Division> named(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /** Divisions whose short form is {@code s} (运城 → 运城市). */
    public List<Division> shortNamed(String s) {
        return byShort.getOrDefault(s, List.of());
    }

    /** Whether {@code s} is the full name or the short form of a county-level or higher division, current or former. */
    public boolean isReal(String s) {
        return byName.containsKey(s) || byShort.containsKey(s);
    }

    /** Whether {@code s} is a real place name of any level, townships included (绛县, 河津, 东华门街道). */
    public boolean isPlaceName(String s) {
        return isReal(s) || towns.contains(s);
    }

    /** Whether some full name or short form of two or more characters starts with {@code a} then {@code b}. */
    public boolean startsName(char a, char b) {
        return Arrays.binarySearch(heads, a << 16 | b) >= 0;
    }

    /** Whether some full name or short form starts with {@code prefix} (for longest-match scans). */
    public boolean hasPrefix(String prefix) {
        int i = Arrays.binarySearch(sorted, prefix);
        if (i >= 0) {
            return true;
        }
        int ins = -i - 1;
        return ins < sorted.length && sorted[ins].startsWith(prefix);
    }

    /**
     * Names of divisions in {@code area} (a prefecture, or a province for its directly governed divisions: full names
     * and short forms of counties, full names of townships) that differ from {@code s} in exactly one character at an
     * index below {@code limit}.
     */
    public List<String> oneCharacterOff(String s, int limit, String area) {
        return oneOffAmong(byArea.getOrDefault(area, List.of()), s, limit);
    }

    /** Full names of county-level and higher divisions of {@code province} one character off {@code s}. */
    public List<String> oneCharacterOffInProvince(String s, int limit, String province) {
        return oneOffAmong(countiesByProvince.getOrDefault(province, List.of()), s, limit);
    }

    /** Short forms of the current province, prefecture and county-level divisions of {@code province} (长春, 滨海). */
    public List<String> stemsOf(String province) {
        return stemsByProvince.getOrDefault(province, List.of());
    }

    private static List<String> oneOffAmong(List<String> names, String s, int limit) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            if (name.length() == s.length() && !out.contains(name) && oneOff(s, name, limit)) {
                out.add(name);
            }
        }
        return out;
    }

    private static boolean oneOff(String a, String b, int limit) {
        int diff = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (diff >= 0) {
                    return false;
                }
                diff = i;
            }
        }
        return diff >= 0 && diff < limit;
    }

    /** Every division a full name or short form stands for. */
    public List<Division> resolve(String s) {
        List<Division> out = new ArrayList<>(named(s));
        out.addAll(shortNamed(s));
        return out;
    }

    public int size() {
        return byName.size();
    }
}
