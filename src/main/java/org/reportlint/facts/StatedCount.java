package org.reportlint.facts;

import java.util.List;

/**
 * A count of things the text names and may list: number + classifier + noun ({@code 四类平台}, {@code 4件实事},
 * {@code 十二个方面}, {@code 三大任务}), with the items that follow or precede it when they can be found: a list after
 * a colon, a 等-list before it, an enumeration (一是…) or the numbered headings that follow. A numbered formula
 * (四个意识, 两个维护) is marked {@link #isSetPhrase()} and has no followers.
 */
public final class StatedCount {
    private final int number;
    private final String classifier;
    private final String noun;
    private final Span span;
    private final Sentence sentence;
    private final List<Span> followers;
    private final String followerStyle;
    private final boolean setPhrase;
    private final boolean listClosed;
    private final int followerCountMax;

    public StatedCount(int number, String classifier, String noun, Span span, Sentence sentence, List<Span> followers,
                       String followerStyle, boolean setPhrase) {
        this(number, classifier, noun, span, sentence, followers, followerStyle, setPhrase, false,
                followers == null ? -1 : followers.size());
    }

    /**
     * @param listClosed       whether the items found are all there are (see {@link #isListClosed()})
     * @param followerCountMax the count under the most generous reading of the list (see {@link #getFollowerCountMax()})
     */
    public StatedCount(int number, String classifier, String noun, Span span, Sentence sentence, List<Span> followers,
                       String followerStyle, boolean setPhrase, boolean listClosed, int followerCountMax) {
        this.number = number;
        this.classifier = classifier;
        this.noun = noun;
        this.span = span;
        this.sentence = sentence;
        this.followers = followers == null ? null : List.copyOf(followers);
        this.followerStyle = followerStyle;
        this.setPhrase = setPhrase;
        this.listClosed = listClosed;
        this.followerCountMax = followerCountMax;
    }

    public int getNumber() {
        return number;
    }

    /** 个, 类, 项, 件, 大, 条 … */
    public String getClassifier() {
        return classifier;
    }

    /** The counted noun (平台, 方面, 任务). */
    public String getNoun() {
        return noun;
    }

    /** Number, classifier and noun as written. */
    public Span getSpan() {
        return span;
    }

    public String getText() {
        return span.getText();
    }

    public Sentence getSentence() {
        return sentence;
    }

    /** The items found, in order; empty when none were found. */
    public List<Span> getFollowers() {
        return followers == null ? List.of() : followers;
    }

    /** How many items were found, or -1 when the text gives no list to count. */
    public int getFollowerCount() {
        return followers == null ? -1 : followers.size();
    }

    /** Where the items were found: {@code colon}, {@code preceding} (A、B等N个), {@code enumeration}, {@code headings}; null. */
    public String getFollowerStyle() {
        return followerStyle;
    }

    /**
     * Whether the list found is complete as written, so that fewer items than stated is a mistake: a colon list of
     * short items with no 等, an enumeration within one paragraph, numbered headings that a higher-level heading
     * ends. A 等-list before the count, a chain of paragraphs, headings that run to the end of the text (a report may
     * be cut off: (下转第三版)) are not.
     */
    public boolean isListClosed() {
        return listClosed;
    }

    /**
     * The item count when the last item of a 、-list is also split at 和/及/与 (科技创新和开放合作 may be one item
     * or two); equals {@link #getFollowerCount()} otherwise.
     */
    public int getFollowerCountMax() {
        return followerCountMax;
    }

    /** A numbered formula or a quoted name (“四个意识”, “三张清单”) rather than a count of items to come. */
    public boolean isSetPhrase() {
        return setPhrase;
    }
}
