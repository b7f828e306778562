package org.reportlint.parse;

import java.math.BigDecimal;

/**
 * A number as written at {@code [start, end)} of some text: its value with the numeral multipliers applied
 * ({@code 1.2亿} → 120000000), its precision as written in XBRL's {@code decimals} sense ({@code 1.2亿} → -7,
 * i.e. ±0.05亿; {@code 2000} → 0), and what the writing says beyond the digits.
 *
 * @param value          the number (for a vague number such as 数十, its lower end)
 * @param decimals       power of ten of the last written digit, negated: the value is exact to ±0.5×10^-decimals
 * @param multiplierText the numeral multiplier as written ({@code 万}, {@code 亿}, {@code 万亿}, {@code 千}), or ""
 * @param multiplier     its value (1 when there is none)
 * @param chinese        written in Chinese numerals (一百二十三, 两千)
 * @param approximate    the writing itself is approximate (三十余, 2万多, 数十, 三五)
 * @param atLeast        the value is a lower bound (余, 多, 上百)
 * @param high           the upper end a vague number allows (三十余 → 40, 数十 → 90), or null
 * @param malformed      why the number is malformed (1,23,456; 3..5), or null when it is well formed
 */
public record ParsedNumber(int start, int end, BigDecimal value, int decimals, String multiplierText,
                           BigDecimal multiplier, boolean chinese, boolean approximate, boolean atLeast,
                           BigDecimal high, String malformed) {

    /** Whether the number is well formed. */
    public boolean wellFormed() {
        return malformed == null;
    }

    /**
     * The rounding the writing allows: half the step of the last written digit when that digit is a decimal or
     * sits above a multiplier (1.2亿 → 5000000, 5.5 → 0.05); a plain integer (2000) is taken as exact.
     */
    public BigDecimal tolerance() {
        return decimals == 0 ? BigDecimal.ZERO : new BigDecimal("0.5").scaleByPowerOfTen(-decimals);
    }

    ParsedNumber withEnd(int newEnd) {
        return new ParsedNumber(start, newEnd, value, decimals, multiplierText, multiplier, chinese, approximate,
                atLeast, high, malformed);
    }
}
