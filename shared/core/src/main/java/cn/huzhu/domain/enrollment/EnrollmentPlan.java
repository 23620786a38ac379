package cn.huzhu.domain.enrollment;

import cn.huzhu.domain.catalog.ChosenPlan;
import cn.huzhu.domain.catalog.Plan;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.money.FeeBasis;
import cn.huzhu.domain.money.Money;
import cn.huzhu.domain.money.PlanFees;

/**
 * One plan row of an enrollment: the plan as chosen, the shares each member takes, the headcount without names
 * (无名单) and the counts of named members.
 *
 * @param claimDeduction 理赔金额 the office may deduct; zero unless entered
 */
public record EnrollmentPlan(ChosenPlan chosen, int shares, int anonymousCount, MemberStats members, Money claimDeduction) {
    public static final int ANONYMOUS_MAX = 1_000_000;

    public EnrollmentPlan {
        Plan plan = chosen.plan();
        if (shares < 1 || shares > plan.maxShares()) {
            throw DomainException.invalid("SHARES_OUT_OF_RANGE",
                    "「" + plan.name() + "」的份数应在1到" + plan.maxShares() + "份之间");
        }
        if (anonymousCount < 0 || anonymousCount > ANONYMOUS_MAX) {
            throw DomainException.invalid("ANONYMOUS_COUNT_INVALID", "无名单人数应在0到" + ANONYMOUS_MAX + "之间");
        }
    }

    public static EnrollmentPlan chosen(ChosenPlan chosen, int shares) {
        return new EnrollmentPlan(chosen, shares, 0, MemberStats.NONE, Money.ZERO);
    }

    public String code() {
        return chosen.code();
    }

    public Plan plan() {
        return chosen.plan();
    }

    /** 参保人数: named members plus the headcount without names. */
    public int persons() {
        return members.named() + anonymousCount;
    }

    /** What this row's money is computed from. */
    public FeeBasis feeBasis() {
        Plan plan = plan();
        return new FeeBasis(plan.feePerShare(false), plan.feePerShare(true), shares, persons(), members.highRisk(),
                plan.subsidyPerPerson(), plan.giftPerPerson(), claimDeduction);
    }

    public PlanFees fees() {
        return PlanFees.of(feeBasis());
    }

    public EnrollmentPlan withShares(int newShares) {
        return new EnrollmentPlan(chosen, newShares, anonymousCount, members, claimDeduction);
    }

    public EnrollmentPlan withAnonymousCount(int count) {
        return new EnrollmentPlan(chosen, shares, count, members, claimDeduction);
    }

    public EnrollmentPlan withClaimDeduction(Money amount) {
        return new EnrollmentPlan(chosen, shares, anonymousCount, members, amount);
    }

    public EnrollmentPlan withMembers(MemberStats stats) {
        return new EnrollmentPlan(chosen, shares, anonymousCount, stats, claimDeduction);
    }
}
