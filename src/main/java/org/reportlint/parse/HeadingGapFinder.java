package org.reportlint.parse;

import java.util.ArrayList;
import java.util.List;
import org.reportlint.facts.Document;
import org.reportlint.facts.Heading;
import org.reportlint.facts.HeadingGap;

/**
 * Makes a {@link HeadingGap} of each numbered heading out of sequence with its previous sibling, and looks between
 * the two for the skipped markers: a line broken inside a marker or a marker the heading parser passed over is
 * evidence the numbering is right and the layout is not.
 */
final class HeadingGapFinder {
    private HeadingGapFinder() {
    }

    static List<HeadingGap> find(List<Object> facts) {
        String text = facts.stream().filter(Document.class::isInstance).map(d -> ((Document) d).getText()).findFirst()
                .orElse("");
        List<HeadingGap> out = new ArrayList<>();
        for (Object f : facts) {
            if (f instanceof Heading h && h.isNumbered() && h.getPrevious() != null && h.getMarker() != null
                    && h.getOrdinal() != h.getPrevious().getOrdinal() + 1) {
                int prev = h.getPrevious().getOrdinal();
                String[] lines = text.substring(Math.min(h.getPrevious().getSpan().getEnd(), h.getSpan().getStart()),
                        h.getSpan().getStart()).split("\\R");
                boolean nearby = false;
                for (int n = prev + 1; n < h.getOrdinal() && !nearby; n++) {
                    nearby = opensLine(lines, renumber(h.getMarker(), n));
                }
                out.add(new HeadingGap(h, renumber(h.getMarker(), prev + 1), nearby));
            }
        }
        return out;
    }

    /**
     * Whether a line starts with {@code marker}, also when the marker is broken over two lines (（⏎三）): the
     * skipped heading is there after all, unread. A marker inside prose (一、二季度) is no heading.
     */
    private static boolean opensLine(String[] lines, String marker) {
        for (int k = 0; k < lines.length; k++) {
            String two = (lines[k] + (k + 1 < lines.length ? lines[k + 1] : "")).replaceAll("\\s+", "");
            if (two.startsWith(marker)) {
                return true;
            }
        }
        return false;
    }

    /** {@code marker} with its number replaced by {@code n}: （四） → （三）, 4. → 3., ④ → ③, 第四部分 → 第三部分. */
    static String renumber(String marker, int n) {
        if (marker.length() == 1 && marker.charAt(0) >= '①' && marker.charAt(0) <= '⑳') {
            return n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : marker;
        }
        if (marker.chars().anyMatch(c -> NumberParser.arabicDigit((char) c) >= 0)) {
            return marker.replaceFirst("[0-9０-９]+", String.valueOf(n));
        }
        return marker.replaceFirst("[零一二三四五六七八九十百]+", ChineseNumerals.format(n));
    }
}
