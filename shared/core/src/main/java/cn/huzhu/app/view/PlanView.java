package cn.huzhu.app.view;

import cn.huzhu.domain.catalog.Plan;

/** A plan as the browser shows it (money as yuan strings). */
public record PlanView(String code, String activityId, String name, String feePerShare, int maxShares, int termMonths,
        int minAge, int maxAge, String genderRule, String genderRuleLabel, String minRatePercent, String rateBase,
        String rateBaseLabel, boolean highRiskAllowed, String highRiskFeePerShare, String subsidyPerPerson,
        String giftPerPerson, String itemCode, int waitingDays, boolean additionWholeTerm,
        boolean retired) {

    public static PlanView of(Plan p) {
        return new PlanView(p.code(), p.activityId(), p.name(), Views.money(p.feePerShare()), p.maxShares(),
                p.termMonths(), p.minAge(), p.maxAge(), p.genderRule().name(), p.genderRule().label(),
                Views.percent(p.minRatePercent()), p.rateBase().name(), p.rateBase().label(), p.highRiskAllowed(),
                Views.money(p.highRiskFeePerShare()), Views.money(p.subsidyPerPerson()), Views.money(p.giftPerPerson()),
                p.itemCode(), p.waitingDays(), p.additionWholeTerm(), p.retired());
    }
}
