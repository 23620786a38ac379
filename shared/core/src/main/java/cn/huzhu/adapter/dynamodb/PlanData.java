package cn.huzhu.adapter.dynamodb;

import java.math.BigDecimal;

import cn.huzhu.domain.catalog.GenderRule;
import cn.huzhu.domain.catalog.Plan;
import cn.huzhu.domain.catalog.RateBase;
import cn.huzhu.domain.money.Money;

/** A plan's attributes as stored, in the catalog and in enrollments' copies. Money in 分; plans stored before 观察期 existed read 0 days, and
 * those stored before 增员 charge it by month. */
record PlanData(String code, String activityId, String name, long feePerShareFen, int maxShares, int termMonths,
        int minAge, int maxAge, String genderRule, BigDecimal minRatePercent, String rateBase, boolean highRiskAllowed,
        long highRiskFeePerShareFen, long subsidyPerPersonFen, long giftPerPersonFen, String itemCode, int waitingDays,
        boolean additionWholeTerm, boolean retired) {

    static PlanData of(Plan p) {
        return new PlanData(p.code(), p.activityId(), p.name(), p.feePerShare().fen(), p.maxShares(), p.termMonths(),
                p.minAge(), p.maxAge(), p.genderRule().name(), p.minRatePercent(), p.rateBase().name(),
                p.highRiskAllowed(), p.highRiskFeePerShare().fen(), p.subsidyPerPerson().fen(), p.giftPerPerson().fen(),
                p.itemCode(), p.waitingDays(), p.additionWholeTerm(), p.retired());
    }

    Plan toPlan() {
        return new Plan(code, activityId, name, Money.ofFen(feePerShareFen), maxShares, termMonths, minAge, maxAge,
                GenderRule.valueOf(genderRule), minRatePercent, RateBase.valueOf(rateBase), highRiskAllowed,
                Money.ofFen(highRiskFeePerShareFen), Money.ofFen(subsidyPerPersonFen), Money.ofFen(giftPerPersonFen),
                itemCode, waitingDays, additionWholeTerm, retired);
    }
}
