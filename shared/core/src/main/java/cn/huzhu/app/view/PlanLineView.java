package cn.huzhu.app.view;

import java.time.LocalDate;
import java.util.Optional;

import cn.huzhu.domain.catalog.GenderRule;
import cn.huzhu.domain.catalog.Plan;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.enrollment.ParticipationRate;
import cn.huzhu.domain.money.PlanFees;

/** One plan row of an enrollment with its counts, rate and money, as steps ①–③ and the office show it. */
public record PlanLineView(String code, String name, String activityName, String activityType, String activityTypeLabel,
        String feePerShare, String highRiskFeePerShare, boolean highRiskAllowed, int shares, int maxShares, int named,
        int anonymous, int persons, int unexpired, int highRisk, String ratePercent, String minRatePercent,
        String rateBaseLabel, boolean femaleOnly, int minAge, int maxAge, int termMonths, String totalFee,
        String subsidy, String gift, String claimDeduction, String payable, String additionMonths,
        LocalDate commonEnd) {

    public static PlanLineView of(EnrollmentPlan row, Integer employees, Integer women) {
        Plan plan = row.plan();
        PlanFees fees = row.fees();
        Optional<Integer> base = ParticipationRate.base(plan.rateBase(), employees, women);
        String rate = base.flatMap(b -> ParticipationRate.percent(row.persons(), b)).map(Views::percent).orElse(null);
        return new PlanLineView(row.code(), plan.name(), row.chosen().activityName(), row.chosen().activityType().name(),
                row.chosen().activityType().label(), Views.money(plan.feePerShare()),
                Views.money(plan.highRiskFeePerShare()), plan.highRiskAllowed(), row.shares(), plan.maxShares(),
                row.members().named(), row.anonymousCount(), row.persons(), row.members().unexpired(),
                row.members().highRisk(), rate, Views.percent(plan.minRatePercent()), plan.rateBase().label(),
                plan.genderRule() == GenderRule.FEMALE_ONLY, plan.minAge(), plan.maxAge(), plan.termMonths(),
                Views.money(fees.totalFee()), Views.money(fees.subsidy()), Views.money(fees.gift()),
                Views.money(fees.claimDeduction()), Views.money(fees.payable()),
                row.addition() == null ? null : row.addition().months() + "/" + plan.termMonths(),
                row.addition() == null ? null : row.addition().commonEnd());
    }
}
