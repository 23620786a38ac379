package cn.huzhu.domain.claim;

import cn.huzhu.domain.common.Labeled;

/** Where a claim stands, from the unit's 草稿 to the member's payout or a 拒付. */
public enum ClaimState implements Labeled {
    DRAFT("草稿"),
    SUBMITTED("已提交"),
    RETURNED("退回补正"),
    ACCEPTED("已受理"),
    ASSESSED("待复核"),
    AWAITING_PAYMENT("待支付"),
    PAID("已支付"),
    REFUSED("拒付");

    private final String label;

    ClaimState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static java.util.Optional<ClaimState> parse(String nameOrLabel) {
        return Labeled.parse(ClaimState.class, nameOrLabel);
    }

    /** The unit may change the claim: its draft, or a claim sent back for what is missing. */
    public boolean editableByUnit() {
        return this == DRAFT || this == RETURNED;
    }

    /** From 审核 on, a claim's amount counts against the term's caps and tiers. */
    public boolean countsAgainstTerm() {
        return this == ASSESSED || this == AWAITING_PAYMENT || this == PAID;
    }

    public boolean closed() {
        return this == PAID || this == REFUSED;
    }
}
