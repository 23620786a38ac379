package cn.huzhu.domain.money;

/**
 * The money of one plan row. 总会费 = fee per share × shares × persons (high-risk members at their fee); 补贴 and 赠险 =
 * per person × persons (each per-person amount prorated first when only part of the term is paid for); 应交会费 = 总会费 − 补贴 − 赠险 − 理赔金额. Summed over the plans, 应交会费 is 单位应付金额.
 */
public record PlanFees(Money totalFee, Money subsidy, Money gift, Money claimDeduction, Money payable) {

    public static final PlanFees NONE = new PlanFees(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

    public static PlanFees of(FeeBasis basis) {
        Money total = basis.perGeneralPerson().times(basis.generalPersons())
                .plus(basis.perHighRiskPerson().times(basis.highRiskPersons()));
        Money subsidy = basis.subsidyEach().times(basis.persons());
        Money gift = basis.giftEach().times(basis.persons());
        Money payable = total.minus(subsidy).minus(gift).minus(basis.claimDeduction());
        return new PlanFees(total, subsidy, gift, basis.claimDeduction(), payable);
    }

    /** The most 理赔金额 can take: what is left after 补贴 and 赠险. */
    public Money claimCeiling() {
        return totalFee.minus(subsidy).minus(gift);
    }

    /** 补贴赠险合计 */
    public Money subsidyAndGift() {
        return subsidy.plus(gift);
    }

    public PlanFees plus(PlanFees other) {
        return new PlanFees(totalFee.plus(other.totalFee), subsidy.plus(other.subsidy), gift.plus(other.gift),
                claimDeduction.plus(other.claimDeduction), payable.plus(other.payable));
    }
}
