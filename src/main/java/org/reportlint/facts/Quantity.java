package org.reportlint.facts;

import java.math.BigDecimal;

/**
 * A figure of the text with its unit ({@code 1.2亿元}, {@code 5.5%以上}, {@code 3个—5个}, {@code 2024年},
 * {@code “十四五”}): value normalised to the base unit (1.2亿元 and 12000万元 both 120000000 元), the precision as
 * written, kind, approximation and bound, and the metric it quantifies where the clause names one. Use
 * {@link #getKind()} and {@link #getBaseUnit()} before comparing values; {@code value} is never null.
 */
public final class Quantity {
    private final Builder b;

    private Quantity(Builder b) {
        this.b = b;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The number and unit as written, e.g. {@code 1.2亿元}, {@code 5%—6%}; the text of {@link #getSpan()}. */
    public String getText() {
        return b.span.getText();
    }

    public Span getSpan() {
        return b.span;
    }

    /** The figure with its qualifiers ({@code 约1.2亿元}, {@code 5.5%以上}). */
    public Span getExtent() {
        return b.extent;
    }

    public Paragraph getParagraph() {
        return b.sentence.getParagraph();
    }

    public Sentence getSentence() {
        return b.sentence;
    }

    /** Start of {@link #getSpan()} in the paragraph's text. */
    public int getStart() {
        return b.start;
    }

    /** End (exclusive) of {@link #getSpan()} in the paragraph's text. */
    public int getEnd() {
        return b.end;
    }

    /** Start of {@link #getExtent()} in the paragraph's text. */
    public int getExtentStart() {
        return b.extentStart;
    }

    /** End (exclusive) of {@link #getExtent()} in the paragraph's text. */
    public int getExtentEnd() {
        return b.extentEnd;
    }

    /** The value in base units (for a range its low end; for a date the last number written). */
    public BigDecimal getValue() {
        return b.value;
    }

    /** Lower end in base units: the range's low, the value when exact or AT_LEAST; null when AT_MOST. */
    public BigDecimal getLow() {
        return b.low;
    }

    /** Upper end in base units: the range's high, the value when exact or AT_MOST; null when unbounded. */
    public BigDecimal getHigh() {
        return b.high;
    }

    /** The rounding the writing allows, in base units: 1.2亿元 → 5000000, 5.5% → 0.05, 2000个 → 0 (exact). */
    public BigDecimal getTolerance() {
        return b.tolerance;
    }

    /** XBRL-style decimals of the number as written (1.2亿 → -7, 5.5 → 1, 2000 → 0). */
    public int getDecimals() {
        return b.decimals;
    }

    /** The unit as written, numeral multiplier included: {@code 亿元}, {@code 万人}, {@code %}, {@code 个百分点}. */
    public String getUnitText() {
        return b.unitText;
    }

    /** The unit values are expressed in: {@code 元}, {@code 人}, {@code %}, {@code 百分点}, {@code 米}, {@code 年}. */
    public String getBaseUnit() {
        return b.baseUnit;
    }

    /** Factor from the written number to the base unit (亿元 → 1E8, 公里 → 1000). */
    public BigDecimal getMultiplier() {
        return b.multiplier;
    }

    public QuantityKind getKind() {
        return b.kind;
    }

    /** Whether the text says the figure is approximate (约, 左右, 近, 余, 多, 数十). */
    public boolean isApproximate() {
        return b.approximate;
    }

    public Bound getBound() {
        return b.bound;
    }

    /** Exact figure: bound EXACT and not approximate. */
    public boolean isExact() {
        return b.bound == Bound.EXACT && !b.approximate;
    }

    /** Whether the number is malformed (1,23,456; 3..5; 20245年); see {@link #getMalformedReason()}. */
    public boolean isMalformed() {
        return b.malformedReason != null;
    }

    /** Why the number is malformed, in Chinese for messages; null when well formed. */
    public String getMalformedReason() {
        return b.malformedReason;
    }

    /** The figure with a doubled decimal point mended (3..5 → 3.5); null when well formed or not mendable. */
    public String getRepairedText() {
        String r = getText().replaceAll("(?<=\\d)([.．])[.．]+(?=\\d)", "$1");
        return isMalformed() && !r.equals(getText()) ? r : null;
    }

    /** Written in Chinese numerals (两千, 三十余). */
    public boolean isChineseNumeral() {
        return b.chinese;
    }

    /** The metric measured, canonical when known ({@code 地区生产总值}); null when the clause does not say. */
    public String getMetric() {
        return b.metric;
    }

    /** The metric as written ({@code GDP}, {@code 规上工业增加值}); null with {@link #getMetric()}. */
    public String getMetricText() {
        return b.metricSpan == null ? null : b.metricSpan.getText();
    }

    public Span getMetricSpan() {
        return b.metricSpan;
    }

    /** The noun right after a count ({@code 2000个重大项目} → 重大项目); null when none. */
    public String getNoun() {
        return b.noun;
    }

    /** Year of a YEAR or DATE (0 when not written); first year of a year PERIOD. */
    public int getYear() {
        return b.year;
    }

    /** Month of a DATE, 1-12 as written (0 when none; out-of-range months are kept as written). */
    public int getMonth() {
        return b.month;
    }

    /** Day of a DATE as written (0 when none; 2月30日 gives 30, see {@link #isValidDate()}). */
    public int getDay() {
        return b.day;
    }

    /** For a DATE: whether the month and day exist (2月30日 and 13月 do not); true for other kinds. */
    public boolean isValidDate() {
        return b.validDate;
    }

    @Override
    public String toString() {
        return "Quantity[" + getText() + " = " + b.value.toPlainString() + " " + b.baseUnit + " " + b.kind
                + (b.bound == Bound.EXACT ? "" : " " + b.bound) + (b.approximate ? " ~" : "")
                + (b.metric == null ? "" : " of " + b.metric) + "]";
    }

    /** Collects the parts of a quantity; the scanner fills it in. */
    public static final class Builder {
        private Span span;
        private Span extent;
        private Sentence sentence;
        private int start;
        private int end;
        private int extentStart;
        private int extentEnd;
        private BigDecimal value = BigDecimal.ZERO;
        private BigDecimal low;
        private BigDecimal high;
        private BigDecimal tolerance = BigDecimal.ZERO;
        private int decimals;
        private String unitText = "";
        private String baseUnit = "";
        private BigDecimal multiplier = BigDecimal.ONE;
        private QuantityKind kind = QuantityKind.OTHER;
        private boolean approximate;
        private Bound bound = Bound.EXACT;
        private String malformedReason;
        private boolean chinese;
        private String metric;
        private Span metricSpan;
        private String noun;
        private int year;
        private int month;
        private int day;
        private boolean validDate = true;

        private Builder() {
        }

        /** Where the figure is: its sentence and paragraph-text offsets of the figure and of its extent. */
        public Builder at(Sentence s, int from, int to, int extentFrom, int extentTo) {
            Paragraph p = s.getParagraph();
            this.sentence = s;
            this.start = from;
            this.end = to;
            this.extentStart = extentFrom;
            this.extentEnd = extentTo;
            this.span = p.spanOf(from, to);
            this.extent = p.spanOf(extentFrom, extentTo);
            return this;
        }

        public Builder value(BigDecimal v, BigDecimal lowEnd, BigDecimal highEnd, BigDecimal tol, int dec) {
            this.value = v;
            this.low = lowEnd;
            this.high = highEnd;
            this.tolerance = tol;
            this.decimals = dec;
            return this;
        }

        public Builder unit(String text, String base, BigDecimal mult, QuantityKind k) {
            this.unitText = text;
            this.baseUnit = base;
            this.multiplier = mult;
            this.kind = k;
            return this;
        }

        public Builder qualified(boolean approx, Bound bnd) {
            this.approximate = approx;
            this.bound = bnd;
            return this;
        }

        public Builder malformed(String reason) {
            this.malformedReason = reason;
            return this;
        }

        public Builder chinese(boolean c) {
            this.chinese = c;
            return this;
        }

        public Builder metric(String canonical, Span written) {
            this.metric = canonical;
            this.metricSpan = written;
            return this;
        }

        public Builder noun(String n) {
            this.noun = n;
            return this;
        }

        public Builder date(int y, int m, int d, boolean valid) {
            this.year = y;
            this.month = m;
            this.day = d;
            this.validDate = valid;
            return this;
        }

        /** A copy of this builder, to derive a quantity that differs in a few parts. */
        public Builder copy() {
            Builder c = new Builder();
            c.span = span; c.extent = extent; c.sentence = sentence; c.start = start; c.end = end;
            c.extentStart = extentStart; c.extentEnd = extentEnd; c.value = value; c.low = low; c.high = high;
            c.tolerance = tolerance; c.decimals = decimals; c.unitText = unitText; c.baseUnit = baseUnit;
            c.multiplier = multiplier; c.kind = kind; c.approximate = approximate; c.bound = bound;
            c.malformedReason = malformedReason; c.chinese = chinese; c.metric = metric; c.metricSpan = metricSpan;
            c.noun = noun; c.year = year; c.month = month; c.day = day; c.validDate = validDate;
            return c;
        }

        public Quantity build() {
            if (sentence == null) {
                throw new IllegalStateException("quantity without position");
            }
            return new Quantity(copy());
        }
    }
}
