package cn.huzhu.domain.enrollment;

import java.time.LocalDate;

import cn.huzhu.domain.catalog.ChosenPlan;
import cn.huzhu.domain.catalog.Plan;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.money.FeeBasis;
import cn.huzhu.domain.money.Money;
import cn.huzhu.domain.money.PlanFees;
import cn.huzhu.domain.money.Proration;

/**
 * One plan row of an enrollment: the plan as chosen, the shares each member takes, the headcount without names
 * (无名单) and the counts of named members.
 *
 * @param claimDeduction 理赔金额 the office may deduct; zero unless entered
 * @param addition for a 增员, its 原参保单's term and the months paid for; null for a business of a whole term
 */
public record EnrollmentPlan(ChosenPlan chosen, int shares, int anonymousCount, MemberStats members, Money claimDeduction,
        AdditionTerm addition) {
    public static final int ANONYMOUS_MAX = 1_000_000;

    public EnrollmentPlan(ChosenPlan chosen, int shares, int anonymousCount, MemberStats members, Money claimDeduction) {
        this(chosen, shares, anonymousCount, members, claimDeduction, null);
    }

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

    /** A 增员's row: the plan and shares of the 原参保单, charged for {@code term}. */
    public static EnrollmentPlan added(ChosenPlan chosen, int shares, AdditionTerm term) {
        return new EnrollmentPlan(chosen, shares, 0, MemberStats.NONE, Money.ZERO, term);
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
                plan.subsidyPerPerson(), plan.giftPerPerson(), claimDeduction, proration());
    }

    /** The part of the term paid for: a 增员 pays its months unless the plan charges it the whole term. */
    public Proration proration() {
        return addition == null || plan().additionWholeTerm() ? null : new Proration(addition.months(), plan().termMonths());
    }

    /** The last day of cover for a member starting on {@code start}: the 共同止期 for a 增员, else the term's. */
    public LocalDate coverEnd(LocalDate start) {
        return addition != null ? addition.commonEnd() : CoveragePeriod.lastDay(start, plan().termMonths());
    }

    /**
     * A member's cover once the payment is confirmed on {@code confirmedOn}; {@code stillCoveredUntil} is the end of a
     * running earlier cover of the type, which a whole-term cover starts after (a 增员 never has one).
     */
    public CoveragePeriod periodConfirmedOn(LocalDate confirmedOn, LocalDate stillCoveredUntil) {
        return addition != null ? addition.periodConfirmedOn(confirmedOn)
                : CoveragePeriod.of(confirmedOn, stillCoveredUntil, plan().termMonths());
    }

    /** The row with a 增员's months counted again for a cover starting on {@code start}. */
    public EnrollmentPlan withAdditionFrom(LocalDate start) {
        return addition == null ? this
                : new EnrollmentPlan(chosen, shares, anonymousCount, members, claimDeduction,
                        addition.from(start, plan().termMonths()));
    }

    public PlanFees fees() {
        return PlanFees.of(feeBasis());
    }

    public EnrollmentPlan withShares(int newShares) {
        return new EnrollmentPlan(chosen, newShares, anonymousCount, members, claimDeduction, addition);
    }

    public EnrollmentPlan withAnonymousCount(int count) {
        return new EnrollmentPlan(chosen, shares, count, members, claimDeduction, addition);
    }

    public EnrollmentPlan withClaimDeduction(Money amount) {
        return new EnrollmentPlan(chosen, shares, anonymousCount, members, amount, addition);
    }

    public EnrollmentPlan withMembers(MemberStats stats) {
        return new EnrollmentPlan(chosen, shares, anonymousCount, stats, claimDeduction, addition);
    }
}
