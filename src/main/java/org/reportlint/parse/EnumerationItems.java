package org.reportlint.parse;

import java.util.ArrayList;
import java.util.List;

/** The items of 、-enumerations in a text: each item's {@code [start, end)}, for items next to a 、. */
final class EnumerationItems {
    /** Characters that end an enumeration item besides 、 (clause punctuation, brackets, quotes). */
    private static final String BOUNDARIES = "，,。；;：:（）()“”\"《》！？!? ";

    private EnumerationItems() {
    }

    static List<int[]> of(String t) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        boolean afterComma = false;
        for (int i = 0; i <= t.length(); i++) {
            char c = i < t.length() ? t.charAt(i) : '。';
            boolean enumComma = c == '、';
            if (enumComma || BOUNDARIES.indexOf(c) >= 0) {
                if ((enumComma || afterComma) && i > start) {
                    out.add(new int[] {start, i});
                }
                afterComma = enumComma;
                start = i + 1;
            }
        }
        return out;
    }
}
