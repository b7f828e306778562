package org.reportlint.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Look-ups over {@code rules/data/divisions.tsv}: is a string the full name or short form of a real division, and
 * which real names differ from a string in exactly one character (through a wildcard index: each name is also
 * filed under every copy of it with one character replaced by {@code *}).
 */
public final class Gazetteer {
    public static final String LEXICON = "divisions";
    public static final Gazetteer EMPTY = new Gazetteer(List.of());
    private static final char WILDCARD = '*';

    private final Map<String, List<Division>> byName = new HashMap<>();
    private final Map<String, List<Division>> byShort = new HashMap<>();
    private final Map<String, List<String>> oneOff = new HashMap<>();
    private final Set<String> prefixes = new HashSet<>();
    private final Set<String> prefectures = new HashSet<>();

    private Gazetteer(List<Division> divisions) {
        for (Division d : divisions) {
            file(byName, d.name(), d);
            if (!d.shortForm().isEmpty()) {
                file(byShort, d.shortForm(), d);
            }
            if (d.level().equals("prefecture")) {
                prefectures.add(d.name());
            }
        }
        for (String s : union()) {
            for (int i = 1; i <= s.length(); i++) {
                prefixes.add(s.substring(0, i));
            }
            char[] c = s.toCharArray();
            for (int i = 0; i < c.length; i++) {
                char keep = c[i];
                c[i] = WILDCARD;
                oneOff.computeIfAbsent(new String(c), k -> new ArrayList<>(1)).add(s);
                c[i] = keep;
            }
        }
    }

    private Set<String> union() {
        Set<String> all = new HashSet<>(byName.keySet());
        all.addAll(byShort.keySet());
        return all;
    }

    private static void file(Map<String, List<Division>> map, String key, Division d) {
        map.computeIfAbsent(key, k -> new ArrayList<>(1)).add(d);
    }

    /** Reads {@code name, code, level, short form, prefecture, province} lines; {@code #} lines are the header. */
    static Gazetteer read(Path file) {
        List<Division> list = new ArrayList<>(50_000);
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length >= 6) {
                    list.add(new Division(c[0], c[1], c[2], c[3], c[4], c[5]));
                }
            }
        } catch (IOException e) {
            throw new DataException(file + ": cannot read (" + e.getMessage() + ")");
        }
        return new Gazetteer(list);
    }

    /** Divisions whose full name is {@code name}. */
    public List<Division> named(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /** Divisions whose short form is {@code s} (运城 → 运城市). */
    public List<Division> shortNamed(String s) {
        return byShort.getOrDefault(s, List.of());
    }

    /** Whether {@code s} is the full name or the short form of some division, current or former. */
    public boolean isReal(String s) {
        return byName.containsKey(s) || byShort.containsKey(s);
    }

    /** Whether some full name or short form starts with {@code prefix} (for longest-match scans). */
    public boolean hasPrefix(String prefix) {
        return prefixes.contains(prefix);
    }

    public boolean isPrefecture(String name) {
        return prefectures.contains(name);
    }

    /** Full names and short forms that differ from {@code s} in exactly one character at an index below {@code limit}. */
    public List<String> oneCharacterOff(String s, int limit) {
        List<String> out = new ArrayList<>();
        char[] c = s.toCharArray();
        for (int i = 0; i < Math.min(limit, c.length); i++) {
            char keep = c[i];
            c[i] = WILDCARD;
            for (String hit : oneOff.getOrDefault(new String(c), List.of())) {
                if (!hit.equals(s) && !out.contains(hit)) {
                    out.add(hit);
                }
            }
            c[i] = keep;
        }
        return out;
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
