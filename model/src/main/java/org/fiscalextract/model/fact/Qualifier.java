package org.fiscalextract.model.fact;

/** How a stated quantity relates to the value it gives. */
public enum Qualifier {
    EXACT("exact"),
    /** 约22.66亿元, 十余万元 */
    APPROX("approx"),
    /** 50万元以上, 不低于95%, ≥530次 */
    AT_LEAST("at_least"),
    /** 不超过10%, ≤5天 */
    AT_MOST("at_most"),
    /** the lower bound of 100元至150元 */
    RANGE_LOW("range_low"),
    /** the upper bound of 100元至150元 */
    RANGE_HIGH("range_high"),
    /** 增加27.64万元: the value is a change upwards */
    INCREASE("increase"),
    /** 减少0.53万元: the value is a change downwards (kept positive) */
    DECREASE("decrease");

    private final String label;

    Qualifier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
