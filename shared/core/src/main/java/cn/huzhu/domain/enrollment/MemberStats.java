package cn.huzhu.domain.enrollment;

/** Counts of the named members of one plan of an enrollment. */
public record MemberStats(int named, int highRisk, int unexpired) {
    public static final MemberStats NONE = new MemberStats(0, 0, 0);

    public MemberStats {
        if (named < 0 || highRisk < 0 || unexpired < 0 || highRisk > named || unexpired > named) {
            throw new IllegalArgumentException("inconsistent member counts " + named + "/" + highRisk + "/" + unexpired);
        }
    }

    public MemberStats plus(MemberStats other) {
        return new MemberStats(named + other.named, highRisk + other.highRisk, unexpired + other.unexpired);
    }

    /** Without a member (or group) counted in these stats; never below zero. */
    public MemberStats minus(MemberStats other) {
        return new MemberStats(Math.max(0, named - other.named), Math.max(0, highRisk - other.highRisk),
                Math.max(0, unexpired - other.unexpired));
    }
}
