package cn.huzhu.domain.money;

/**
 * What a plan's money is computed from: the catalog's fees per share and per person, the shares each member takes, how
 * many persons join (named and 无名单) and how many of them are 高危职业, the 理赔金额 the office entered, and the part
 * of the term paid for ({@code proration}; null: the whole term).
 */
public record FeeBasis(Money feePerShare, Money highRiskFeePerShare, int shares, int persons, int highRiskPersons,
        Money subsidyPerPerson, Money giftPerPerson, Money claimDeduction, Proration proration) {

    /** A basis for the whole term. */
    public FeeBasis(Money feePerShare, Money highRiskFeePerShare, int shares, int persons, int highRiskPersons,
            Money subsidyPerPerson, Money giftPerPerson, Money claimDeduction) {
        this(feePerShare, highRiskFeePerShare, shares, persons, highRiskPersons, subsidyPerPerson, giftPerPerson,
                claimDeduction, null);
    }

    public FeeBasis {
        if (shares < 0 || persons < 0 || highRiskPersons < 0 || highRiskPersons > persons) {
            throw new IllegalArgumentException("counts must be 0 or more, high-risk persons at most all persons");
        }
    }

    /** What one 一般职业 member pays: fee per share × shares (of the part of the term paid for). */
    public Money perGeneralPerson() {
        return prorated(feePerShare.times(shares));
    }

    /** What one 高危职业 member pays. */
    public Money perHighRiskPerson() {
        return prorated(highRiskFeePerShare.times(shares));
    }

    /** 补贴 for one person, of the part of the term paid for. */
    public Money subsidyEach() {
        return prorated(subsidyPerPerson);
    }

    /** 赠险 for one person, of the part of the term paid for. */
    public Money giftEach() {
        return prorated(giftPerPerson);
    }

    private Money prorated(Money whole) {
        return proration == null ? whole : proration.of(whole);
    }

    public int generalPersons() {
        return persons - highRiskPersons;
    }
}
