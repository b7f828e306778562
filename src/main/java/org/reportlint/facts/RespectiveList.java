package org.reportlint.facts;

import java.util.List;

/**
 * {@code A、B、C分别为x、y、z}: the subjects before 分别 and the values after it, so a rule can compare their
 * numbers. A single subject ({@code 城乡居民人均可支配收入分别增长…}) names its parts implicitly: see
 * {@link #isSubjectsListed()}.
 */
public final class RespectiveList {
    private final List<Span> subjects;
    private final List<Quantity> values;
    private final String verb;
    private final Span span;
    private final Sentence sentence;
    private final int subjectCountUnsplit;

    public RespectiveList(List<Span> subjects, List<Quantity> values, String verb, Span span, Sentence sentence) {
        this(subjects, values, verb, span, sentence, subjects.size());
    }

    /** @param subjectCountUnsplit the subjects counted without splitting the last at 和/及/与 */
    public RespectiveList(List<Span> subjects, List<Quantity> values, String verb, Span span, Sentence sentence,
                          int subjectCountUnsplit) {
        this.subjectCountUnsplit = subjectCountUnsplit;
        this.subjects = List.copyOf(subjects);
        this.values = List.copyOf(values);
        this.verb = verb;
        this.span = span;
        this.sentence = sentence;
    }

    public List<Span> getSubjects() {
        return subjects;
    }

    public List<Quantity> getValues() {
        return values;
    }

    public int getSubjectCount() {
        return subjects.size();
    }

    /**
     * The subjects counted without splitting the last one at 和/及/与: 金融业、交通运输和物流业增加值 is 2 this way,
     * 3 in {@link #getSubjectCount()}; either reading may be the writer's.
     */
    public int getSubjectCountUnsplit() {
        return subjectCountUnsplit;
    }

    public int getValueCount() {
        return values.size();
    }

    /** Whether the subjects are written out as a list (two or more, separated by 、/和/及). */
    public boolean isSubjectsListed() {
        return subjects.size() >= 2;
    }

    /** What follows 分别 (为, 增长, 达到, 提高到 …). */
    public String getVerb() {
        return verb;
    }

    /** From the first subject to the last value. */
    public Span getSpan() {
        return span;
    }

    public Sentence getSentence() {
        return sentence;
    }
}
