package cn.huzhu.testing;

import java.math.BigDecimal;

import cn.huzhu.domain.catalog.Activity;
import cn.huzhu.domain.catalog.ActivityType;
import cn.huzhu.domain.catalog.ChosenPlan;
import cn.huzhu.domain.catalog.GenderRule;
import cn.huzhu.domain.catalog.Plan;
import cn.huzhu.domain.catalog.RateBase;
import cn.huzhu.domain.money.Money;

/** The seed catalog of the specification, as test fixtures. */
public final class Catalogs {
    public static final Activity HOSPITAL = new Activity("A01", "在职职工住院医疗(一年期)", ActivityType.HOSPITAL, false);
    public static final Activity CRITICAL = new Activity("A02", "在职职工重大疾病(一年期)", ActivityType.CRITICAL_ILLNESS, false);
    public static final Activity ACCIDENT = new Activity("A04", "在职职工意外伤害互助保障活动", ActivityType.ACCIDENT, false);
    public static final Activity FEMALE = new Activity("A05", "女职工特殊疾病互助保障活动", ActivityType.FEMALE_DISEASE, false);

    public static final Plan HOSPITAL_A = plan("P0101", "A01", "住院医疗(A方案)(会费95元)", "95", 1, 12, 16, 65,
            GenderRule.ANY, "0", RateBase.ALL_EMPLOYEES, "95", "35", 30);
    public static final Plan CRITICAL_36 = plan("P0201", "A02", "职工重疾(会费36元)", "36", 3, 12, 16, 65,
            GenderRule.ANY, "0", RateBase.ALL_EMPLOYEES, "36", "0", 90);
    public static final Plan ACCIDENT_20 = plan("P0401", "A04", "意外伤害(会费20元)", "20", 5, 12, 16, 60,
            GenderRule.ANY, "50", RateBase.ALL_EMPLOYEES, "25", "0", 0);
    public static final Plan FEMALE_25 = plan("P0501", "A05", "女工特病2025版(标准版)(会费25元)", "25", 3, 24, 16, 60,
            GenderRule.FEMALE_ONLY, "80", RateBase.FEMALE_EMPLOYEES, "25", "0", 90);

    private Catalogs() {
    }

    public static ChosenPlan hospital() {
        return ChosenPlan.of(HOSPITAL_A, HOSPITAL);
    }

    public static ChosenPlan critical() {
        return ChosenPlan.of(CRITICAL_36, CRITICAL);
    }

    public static ChosenPlan accident() {
        return ChosenPlan.of(ACCIDENT_20, ACCIDENT);
    }

    public static ChosenPlan female() {
        return ChosenPlan.of(FEMALE_25, FEMALE);
    }

    /** Puts the fixture catalog into a store once; tests share it and never change it. */
    public static synchronized void ensureIn(cn.huzhu.app.port.CatalogStore store) {
        for (Activity activity : java.util.List.of(HOSPITAL, CRITICAL, ACCIDENT, FEMALE)) {
            if (store.activity(activity.id()).isEmpty()) {
                store.createActivity(activity);
            }
        }
        for (Plan plan : java.util.List.of(HOSPITAL_A, CRITICAL_36, ACCIDENT_20, FEMALE_25)) {
            if (store.plan(plan.code()).isEmpty()) {
                store.createPlan(plan);
            }
        }
    }

    public static Plan noHighRisk(Plan plan) {
        return new Plan(plan.code(), plan.activityId(), plan.name(), plan.feePerShare(), plan.maxShares(),
                plan.termMonths(), plan.minAge(), plan.maxAge(), plan.genderRule(), plan.minRatePercent(),
                plan.rateBase(), false, plan.feePerShare(), plan.subsidyPerPerson(), plan.giftPerPerson(),
                plan.itemCode(), plan.waitingDays(), plan.additionWholeTerm(), false);
    }

    private static Plan plan(String code, String activity, String name, String fee, int maxShares, int term, int minAge,
            int maxAge, GenderRule gender, String minRate, RateBase base, String highRiskFee, String subsidy, int waitingDays) {
        return new Plan(code, activity, name, Money.parse(fee), maxShares, term, minAge, maxAge, gender,
                new BigDecimal(minRate), base, true, Money.parse(highRiskFee), Money.parse(subsidy), Money.ZERO, "9930",
                waitingDays, false, false);
    }
}
