package cn.huzhu.domain.roster;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import cn.huzhu.domain.catalog.GenderRule;
import cn.huzhu.domain.catalog.Plan;
import cn.huzhu.domain.common.Problem;
import cn.huzhu.domain.identity.Gender;

/** Whether a person may join a plan: age on the effective date, gender, occupation. */
public final class Eligibility {
    private Eligibility() {
    }

    /** Full years of age (周岁) on a date. */
    public static int ageOn(LocalDate birthDate, LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    /**
     * @param planLabel how the plan is named in messages; empty when the file is for one plan only
     */
    public static List<Problem> problems(Plan plan, String planLabel, LocalDate birthDate, Gender gender,
            Occupation occupation, LocalDate effectiveDate) {
        List<Problem> problems = new ArrayList<>();
        String prefix = planLabel.isEmpty() ? "" : "「" + planLabel + "」";
        if (birthDate != null) {
            int age = ageOn(birthDate, effectiveDate);
            if (age < plan.minAge() || age > plan.maxAge()) {
                problems.add(new Problem(RosterColumn.BIRTH_DATE.header(), prefix + "按生效日期" + effectiveDate + "计算年龄为"
                        + age + "周岁，不在" + plan.minAge() + "至" + plan.maxAge() + "周岁的参保范围内"));
            }
        }
        if (plan.genderRule() == GenderRule.FEMALE_ONLY && gender == Gender.MALE) {
            problems.add(new Problem(RosterColumn.GENDER.header(), prefix + "仅限女性参保"));
        }
        if (occupation == Occupation.HIGH_RISK && !plan.highRiskAllowed()) {
            problems.add(new Problem(RosterColumn.OCCUPATION.header(), prefix + "不接受高危职业人员参保"));
        }
        return problems;
    }
}
