package org.reportlint.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Character facts from {@code rules/data/hanzi.tsv} (readings, radical, strokes, four-corner code, look-alikes):
 * whether two characters can be confused by shape or by sound.
 */
public final class HanziTable {
    public static final String LEXICON = "hanzi";
    public static final HanziTable EMPTY = new HanziTable(Map.of());

    private record Hanzi(String[] readings, String radical, int strokes, String corner, String similar) {
    }

    private final Map<Character, Hanzi> table;

    private HanziTable(Map<Character, Hanzi> table) {
        this.table = table;
    }

    static HanziTable read(Path file) {
        Map<Character, Hanzi> t = new HashMap<>(16_000);
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] c = line.split("\t", -1);
                if (line.isEmpty() || line.charAt(0) == '#' || c.length < 6 || c[0].length() != 1) {
                    continue;
                }
                t.put(c[0].charAt(0), new Hanzi(c[1].split(","), c[2], strokes(c[3]), c[4], c[5]));
            }
        } catch (IOException e) {
            throw new DataException(file + ": cannot read (" + e.getMessage() + ")");
        }
        return new HanziTable(t);
    }

    private static int strokes(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Whether {@code a} and {@code b} look alike: one is among the other's listed look-alikes, or they share a
     * radical and differ by at most {@code maxStrokeGap} strokes, or their four-corner codes agree in all four corners.
     */
    public boolean similarShape(char a, char b, int maxStrokeGap) {
        Hanzi x = table.get(a);
        Hanzi y = table.get(b);
        if (x == null || y == null || a == b) {
            return a == b;
        }
        if (x.similar().indexOf(b) >= 0 || y.similar().indexOf(a) >= 0) {
            return true;
        }
        if (!x.radical().isEmpty() && x.radical().equals(y.radical()) && x.strokes() > 0
                && Math.abs(x.strokes() - y.strokes()) <= maxStrokeGap) {
            return true;
        }
        return cornersAgree(x.corner(), y.corner()) == 4;
    }

    /** Whether {@code a} and {@code b} look alike by the strong signs only: listed look-alikes, same four corners. */
    public boolean strongShape(char a, char b) {
        Hanzi x = table.get(a);
        Hanzi y = table.get(b);
        if (x == null || y == null || a == b) {
            return false;
        }
        return x.similar().indexOf(b) >= 0 || y.similar().indexOf(a) >= 0 || cornersAgree(x.corner(), y.corner()) == 4;
    }

    private static int cornersAgree(String p, String q) {
        if (p.length() < 4 || q.length() < 4) {
            return 0;
        }
        int n = 0;
        for (int i = 0; i < 4; i++) {
            n += p.charAt(i) == q.charAt(i) ? 1 : 0;
        }
        return n;
    }

    /** Whether some toneless reading of {@code a} equals one of {@code b}, allowing the common n/ng confusion. */
    public boolean similarSound(char a, char b) {
        Hanzi x = table.get(a);
        Hanzi y = table.get(b);
        if (x == null || y == null) {
            return false;
        }
        for (String p : x.readings()) {
            for (String q : y.readings()) {
                if (!p.isEmpty() && (p.equals(q) || fold(p).equals(fold(q)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String fold(String reading) {
        return reading.endsWith("ng") ? reading.substring(0, reading.length() - 1) : reading;
    }

    public boolean contains(char c) {
        return table.containsKey(c);
    }
}
