package cn.huzhu.app.view;

import java.time.Instant;
import java.util.List;

import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.enrollment.PlanFees;

/** A line of an enrollment list. */
public record EnrollmentSummary(String id, String applicationNo, String unitId, String unitName, String state,
        String stateLabel, Instant createdAt, Instant submittedAt, List<String> planNames, int persons, String totalFee,
        String payable) {

    public static EnrollmentSummary of(Enrollment e) {
        PlanFees fees = e.fees();
        return new EnrollmentSummary(e.id(), e.applicationNo(), e.unitId(), e.unitName(), e.state().name(),
                e.state().label(), e.createdAt(), e.submittedAt(),
                e.plans().stream().map(row -> row.plan().name()).toList(),
                e.plans().stream().mapToInt(EnrollmentPlan::persons).sum(), Views.money(fees.totalFee()),
                Views.money(fees.payable()));
    }
}
