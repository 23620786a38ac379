package cn.huzhu.domain.enrollment;

import java.util.ArrayList;
import java.util.List;

import cn.huzhu.domain.catalog.GenderRule;
import cn.huzhu.domain.catalog.Plan;
import cn.huzhu.domain.common.Problem;

/** Why an enrollment may not go to 初审 yet: every reason at once, per plan where it is about a plan. */
public final class SubmissionCheck {
    private SubmissionCheck() {
    }

    public static List<Problem> problems(Enrollment enrollment) {
        if (enrollment.businessType() == BusinessType.ADDITION) {
            return additionProblems(enrollment);
        }
        List<Problem> problems = new ArrayList<>();
        Integer employees = enrollment.employeeCount();
        Integer women = enrollment.femaleEmployeeCount();
        if (enrollment.plans().isEmpty()) {
            problems.add(new Problem("plans", "至少选择一个保障活动"));
        }
        if (employees == null) {
            problems.add(new Problem("employeeCount", "请填写在职职工人数"));
        }
        if (women == null) {
            problems.add(new Problem("femaleEmployeeCount", "请填写在职女职工人数"));
        }
        if (employees != null && women != null && women > employees) {
            problems.add(new Problem("femaleEmployeeCount", "在职女职工人数（" + women + "）不能大于在职职工人数（" + employees + "）"));
        }
        for (EnrollmentPlan row : enrollment.plans()) {
            problems.addAll(planProblems(row, employees, women));
        }
        return problems;
    }

    /**
     * A 增员 adds named people to plans whose employee counts and participation were judged with the 原参保单: it needs
     * someone in at least one plan (the windows and earlier cover are judged per person, with the settings).
     */
    private static List<Problem> additionProblems(Enrollment enrollment) {
        boolean anyone = enrollment.plans().stream().anyMatch(row -> row.persons() > 0);
        return anyone ? List.of() : List.of(new Problem("plans", "增员人员清单为空，请导入人员清单或新增人员"));
    }

    private static List<Problem> planProblems(EnrollmentPlan row, Integer employees, Integer women) {
        List<Problem> problems = new ArrayList<>();
        Plan plan = row.plan();
        String field = row.code();
        String label = "「" + plan.name() + "」";
        int persons = row.persons();
        if (persons == 0) {
            problems.add(new Problem(field, label + "没有参保人员，请导入人员清单或新增无名单"));
            return problems;
        }
        if (employees != null && persons > employees) {
            problems.add(new Problem(field, label + "参保人数" + persons + "超过在职职工人数" + employees));
        }
        if (plan.genderRule() == GenderRule.FEMALE_ONLY && women != null && persons > women) {
            problems.add(new Problem(field, label + "参保人数" + persons + "超过在职女职工人数" + women));
        }
        Integer base = ParticipationRate.base(plan.rateBase(), employees, women).orElse(null);
        if (plan.minRatePercent().signum() > 0 && base != null && base > 0
                && !ParticipationRate.meets(persons, base, plan.minRatePercent())) {
            problems.add(new Problem(field, label + "参保率" + ParticipationRate.percent(persons, base).orElseThrow()
                    + "%低于最低要求" + plan.minRatePercent().stripTrailingZeros().toPlainString() + "%（按"
                    + plan.rateBase().label() + "计）"));
        }
        return problems;
    }
}
