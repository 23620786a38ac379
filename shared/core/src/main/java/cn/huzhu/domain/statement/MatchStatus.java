package cn.huzhu.domain.statement;

/** Where a 到账记录 stands: the tabs of 到账核对. */
public enum MatchStatus {
    AUTO("自动匹配"),
    PROPOSED("待确认"),
    MISMATCH("金额不符"),
    PENDING("待处理"),
    CONFIRMED("已确认"),
    SET_ASIDE("已退回/其他");

    private final String label;

    MatchStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether finance may still confirm the line against an enrollment. */
    public boolean open() {
        return this != CONFIRMED && this != SET_ASIDE;
    }
}
