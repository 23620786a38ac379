package cn.huzhu.domain.enrollment;

import cn.huzhu.domain.catalog.Plan;
import cn.huzhu.domain.money.Money;

/**
 * The money of one plan row. 总会费 = fee per share × shares × persons (high-risk members at their fee); 应交会费 =
 * 总会费 − 补贴 − 赠险 − 理赔金额.
 */
public record PlanFees(Money totalFee, Money subsidy, Money gift, Money claimDeduction, Money payable) {

    public static PlanFees of(EnrollmentPlan row) {
        Plan plan = row.plan();
        int highRisk = row.members().highRisk();
        int general = row.persons() - highRisk;
        Money perPersonGeneral = plan.feePerShare(false).times(row.shares());
        Money perPersonHighRisk = plan.feePerShare(true).times(row.shares());
        Money total = perPersonGeneral.times(general).plus(perPersonHighRisk.times(highRisk));
        Money subsidy = plan.subsidyPerPerson().times(row.persons());
        Money gift = plan.giftPerPerson().times(row.persons());
        Money payable = total.minus(subsidy).minus(gift).minus(row.claimDeduction());
        return new PlanFees(total, subsidy, gift, row.claimDeduction(), payable);
    }

    public PlanFees plus(PlanFees other) {
        return new PlanFees(totalFee.plus(other.totalFee), subsidy.plus(other.subsidy), gift.plus(other.gift),
                claimDeduction.plus(other.claimDeduction), payable.plus(other.payable));
    }

    public static final PlanFees NONE = new PlanFees(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
}
