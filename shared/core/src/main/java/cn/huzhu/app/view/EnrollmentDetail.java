package cn.huzhu.app.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.huzhu.domain.common.Problem;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.money.PlanFees;
import cn.huzhu.domain.enrollment.SubmissionCheck;

/**
 * An enrollment in full: the rows with counts and money, the totals, and (while the unit can still change it) what
 * would stop its submission.
 */
public record EnrollmentDetail(String id, String applicationNo, String unitId, String unitName, String orgCode,
        String state, String stateLabel, boolean editable, boolean newBusiness, Integer employeeCount,
        Integer femaleEmployeeCount, String note, String returnReason, Instant createdAt, LocalDate applicationDate,
        Instant submittedAt, int submissions, List<PlanLineView> plans, String totalFee, String subsidy, String gift,
        String claimDeduction, String payable, List<Problem> submissionProblems, String businessType,
        String businessTypeLabel, String origin) {

    public static EnrollmentDetail of(Enrollment e) {
        PlanFees fees = e.fees();
        boolean editable = e.state().editableByUnit();
        return new EnrollmentDetail(e.id(), e.applicationNo(), e.unitId(), e.unitName(), e.orgCode(), e.state().name(),
                e.state().label(), editable, e.newBusiness(), e.employeeCount(), e.femaleEmployeeCount(), e.note(),
                e.returnReason(), e.createdAt(),
                LocalDate.ofInstant(e.createdAt(), cn.huzhu.domain.common.BusinessDay.ZONE), e.submittedAt(), e.submissions(),
                e.plans().stream().map(row -> PlanLineView.of(row, e.employeeCount(), e.femaleEmployeeCount())).toList(),
                Views.money(fees.totalFee()), Views.money(fees.subsidy()), Views.money(fees.gift()),
                Views.money(fees.claimDeduction()), Views.money(fees.payable()),
                editable ? SubmissionCheck.problems(e) : List.of(), e.businessType().name(), e.businessType().label(),
                e.origin());
    }
}
