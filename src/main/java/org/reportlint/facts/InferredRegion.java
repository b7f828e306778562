package org.reportlint.facts;

/**
 * The prefecture and province a report is about, inferred from the divisions it names most often (one per
 * document; compilations of several reports get the strongest one).
 */
public final class InferredRegion {
    private final String prefecture;
    private final String province;
    private final int mentions;

    public InferredRegion(String prefecture, String province, int mentions) {
        this.prefecture = prefecture;
        this.province = province;
        this.mentions = mentions;
    }

    public String getPrefecture() {
        return prefecture;
    }

    public String getProvince() {
        return province;
    }

    /** How many place names of that prefecture the document mentions. */
    public int getMentions() {
        return mentions;
    }
}
