package cn.huzhu.app.catalog;

import java.math.BigDecimal;

import cn.huzhu.domain.catalog.GenderRule;
import cn.huzhu.domain.catalog.Plan;
import cn.huzhu.domain.catalog.RateBase;
import cn.huzhu.domain.common.Checks;
import cn.huzhu.domain.money.Money;

/** A plan as the office types it: amounts as yuan text. An empty high-risk fee means "the normal fee". */
public record PlanForm(String code, String activityId, String name, String feePerShare, Integer maxShares,
        Integer termMonths, Integer minAge, Integer maxAge, String genderRule, String minRatePercent, String rateBase,
        Boolean highRiskAllowed, String highRiskFeePerShare, String subsidyPerPerson, String giftPerPerson,
        String itemCode, Integer waitingDays, Boolean additionWholeTerm) {

    /** @param planCode the code to give the plan: the form's for a new plan, the existing one's on edit */
    public Plan toPlan(String planCode, boolean retired) {
        Checks checks = new Checks();
        Money fee = money(feePerShare, "feePerShare", "标准会费", checks, null);
        Money highRisk = money(highRiskFeePerShare, "highRiskFeePerShare", "高危职业会费", checks, fee);
        Money subsidy = money(subsidyPerPerson, "subsidyPerPerson", "人均补贴", checks, Money.ZERO);
        Money gift = money(giftPerPerson, "giftPerPerson", "人均赠险", checks, Money.ZERO);
        BigDecimal rate = percent(checks);
        GenderRule gender = parse(GenderRule.class, genderRule, "genderRule", "性别限制", checks, GenderRule.ANY);
        RateBase base = parse(RateBase.class, rateBase, "rateBase", "参保率基数", checks, RateBase.ALL_EMPLOYEES);
        checks.require(maxShares != null, "maxShares", "请填写每人最高份数");
        checks.require(termMonths != null, "termMonths", "请填写保障期限");
        checks.require(minAge != null && maxAge != null, "minAge", "请填写年龄范围");
        checks.throwIfAny("PLAN_INVALID");
        return new Plan(planCode == null ? null : planCode.trim(), activityId, name == null ? null : name.trim(), fee, maxShares,
                termMonths, minAge, maxAge, gender, rate, base, Boolean.TRUE.equals(highRiskAllowed), highRisk, subsidy,
                gift, itemCode == null ? null : itemCode.trim(), waitingDays == null ? 0 : waitingDays,
                Boolean.TRUE.equals(additionWholeTerm), retired);
    }

    private static Money money(String text, String field, String label, Checks checks, Money fallback) {
        if (text == null || text.isBlank()) {
            if (fallback == null) {
                checks.add(field, "请填写" + label);
            }
            return fallback;
        }
        try {
            return Money.parse(text);
        } catch (RuntimeException e) {
            checks.add(field, label + "应为最多两位小数的金额");
            return null;
        }
    }

    private BigDecimal percent(Checks checks) {
        if (minRatePercent == null || minRatePercent.isBlank()) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(minRatePercent.trim());
        } catch (NumberFormatException e) {
            checks.add("minRatePercent", "最低参保率应为数字");
            return null;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String label, Checks checks,
            E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            checks.add(field, label + "的取值无效");
            return fallback;
        }
    }
}
