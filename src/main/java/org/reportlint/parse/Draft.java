package org.reportlint.parse;

import java.math.BigDecimal;
import org.reportlint.facts.Bound;
import org.reportlint.facts.QuantityKind;

/** A quantity being assembled by the scanners: paragraph-text offsets and the parts found so far. */
final class Draft {
    int start;
    int end;
    int extentStart;
    int extentEnd;
    BigDecimal value;
    BigDecimal low;
    BigDecimal high;
    BigDecimal tolerance = BigDecimal.ZERO;
    int decimals;
    String unitText = "";
    String baseUnit = "";
    BigDecimal multiplier = BigDecimal.ONE;
    QuantityKind kind = QuantityKind.OTHER;
    boolean approximate;
    Bound bound = Bound.EXACT;
    String malformed;
    boolean chinese;
    int year;
    int month;
    int day;
    boolean validDate = true;

    Draft(int start, int end) {
        this.start = start;
        this.end = end;
        this.extentStart = start;
        this.extentEnd = end;
    }

    /** An exact figure: value, its rounding tolerance and decimals. */
    Draft exact(BigDecimal v, BigDecimal tol, int dec) {
        this.value = v;
        this.low = v;
        this.high = v;
        this.tolerance = tol;
        this.decimals = dec;
        return this;
    }

    Draft unit(String text, String base, BigDecimal mult, QuantityKind k) {
        this.unitText = text;
        this.baseUnit = base;
        this.multiplier = mult;
        this.kind = k;
        return this;
    }

    Draft range(BigDecimal lo, BigDecimal hi) {
        this.value = lo;
        this.low = lo;
        this.high = hi;
        this.bound = Bound.RANGE;
        return this;
    }

    void extendTo(int newEnd) {
        this.end = newEnd;
        this.extentEnd = Math.max(extentEnd, newEnd);
    }
}
