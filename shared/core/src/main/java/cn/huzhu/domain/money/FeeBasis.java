package cn.huzhu.domain.money;

/**
 * What a plan's money is computed from: the catalog's fees per share and per person, the shares each member takes, how
 * many persons join (named and 无名单) and how many of them are 高危职业, and the 理赔金额 the office entered.
 */
public record FeeBasis(Money feePerShare, Money highRiskFeePerShare, int shares, int persons, int highRiskPersons,
        Money subsidyPerPerson, Money giftPerPerson, Money claimDeduction) {

    public FeeBasis {
        if (shares < 0 || persons < 0 || highRiskPersons < 0 || highRiskPersons > persons) {
            throw new IllegalArgumentException("counts must be 0 or more, high-risk persons at most all persons");
        }
    }

    /** What one 一般职业 member pays: fee per share × shares. */
    public Money perGeneralPerson() {
        return feePerShare.times(shares);
    }

    /** What one 高危职业 member pays. */
    public Money perHighRiskPerson() {
        return highRiskFeePerShare.times(shares);
    }

    public int generalPersons() {
        return persons - highRiskPersons;
    }
}
