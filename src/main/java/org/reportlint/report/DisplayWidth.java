package org.reportlint.report;

/** Terminal display width: East Asian wide and fullwidth characters take two columns. */
public final class DisplayWidth {
    private DisplayWidth() {
    }

    public static int of(String s) {
        return s.codePoints().map(DisplayWidth::width).sum();
    }

    static int width(int cp) {
        if (cp < 0x1100) {
            return 1;
        }
        boolean wide = cp <= 0x115F
                || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
        return wide ? 2 : 1;
    }
}
