package org.fiscalextract.model.fact;

import java.math.BigDecimal;

/** The unit an amount is stated in; values are converted to yuan with {@link #yuan()}. */
public enum MoneyUnit {
    YUAN("元", BigDecimal.ONE),
    QIAN("千元", BigDecimal.valueOf(1_000)),
    WAN("万元", BigDecimal.valueOf(10_000)),
    BAIWAN("百万元", BigDecimal.valueOf(1_000_000)),
    QIANWAN("千万元", BigDecimal.valueOf(10_000_000)),
    YI("亿元", BigDecimal.valueOf(100_000_000)),
    WANYI("万亿元", new BigDecimal("1000000000000"));

    private final String label;
    private final BigDecimal yuan;

    MoneyUnit(String label, BigDecimal yuan) {
        this.label = label;
        this.yuan = yuan;
    }

    /** How the unit is written, e.g. 万元. */
    public String label() {
        return label;
    }

    /** How many yuan one of this unit is. */
    public BigDecimal yuan() {
        return yuan;
    }
}
