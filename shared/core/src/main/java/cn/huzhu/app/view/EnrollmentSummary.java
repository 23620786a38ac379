package cn.huzhu.app.view;

import java.time.Instant;
import java.util.List;

import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.money.PlanFees;

/**
 * A line of an enrollment list. Persons are told per plan: the same person in two plans is one person in each, so a sum
 * over plans would count people twice.
 *
 * @param submissions how often it went to 初审 (2 and more: resubmitted after a return)
 */
public record EnrollmentSummary(String id, String applicationNo, String unitId, String unitName, String state,
        String stateLabel, String businessTypeLabel, Instant createdAt, Instant submittedAt, int submissions,
        List<PlanCount> plans, String totalFee, String payable) {

    /** A plan of the enrollment with its 参保人数: named and 无名单, and of them the 无名单. */
    public record PlanCount(String code, String name, int persons, int anonymous) {
        static PlanCount of(EnrollmentPlan row) {
            return new PlanCount(row.code(), row.plan().name(), row.persons(), row.anonymousCount());
        }
    }

    public static EnrollmentSummary of(Enrollment e) {
        PlanFees fees = e.fees();
        return new EnrollmentSummary(e.id(), e.applicationNo(), e.unitId(), e.unitName(), e.state().name(),
                e.state().label(), e.businessType().label(), e.createdAt(), e.submittedAt(), e.submissions(),
                e.plans().stream().map(PlanCount::of).toList(), Views.money(fees.totalFee()), Views.money(fees.payable()));
    }
}
