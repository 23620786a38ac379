package cn.huzhu.app.enrollment;

import java.time.Clock;

import cn.huzhu.app.enrollment.CreateEnrollment.PlanChoice;
import cn.huzhu.app.port.MemberStore;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.catalog.ChosenPlan;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.enrollment.Enrollment;

/** Steps ① and ② edits of a draft or returned enrollment: plan rows, shares, 无名单, counts, 参保说明. */
public final class EditEnrollment {
    private final EnrollmentEditor editor;
    private final PlanChoice planChoice;
    private final MemberStore members;
    private final Clock clock;

    public record Details(Boolean newBusiness, Integer employeeCount, Integer femaleEmployeeCount, String note) {
    }

    public EditEnrollment(EnrollmentEditor editor, PlanChoice planChoice, MemberStore members, Clock clock) {
        this.editor = editor;
        this.planChoice = planChoice;
        this.members = members;
        this.clock = clock;
    }

    public Enrollment addPlan(Caller caller, String enrollmentId, String planCode, Integer shares) {
        ChosenPlan chosen = planChoice.choose(planCode);
        Enrollment checked = editor.edit(caller, enrollmentId, e -> e.addPlan(chosen, CreateEnrollment.shares(shares)));
        planChoice.clearLeftovers(enrollmentId, planCode);
        planChoice.markChosen(planCode);
        return checked;
    }

    public Enrollment removePlan(Caller caller, String enrollmentId, String planCode) {
        Enrollment updated = editor.edit(caller, enrollmentId, e -> e.removePlan(planCode, clock.instant()));
        members.deleteAll(enrollmentId, planCode);
        return updated;
    }

    public Enrollment changeShares(Caller caller, String enrollmentId, String planCode, Integer shares) {
        return changePlanRow(caller, enrollmentId, planCode, shares, null);
    }

    public Enrollment setAnonymousCount(Caller caller, String enrollmentId, String planCode, Integer count) {
        return changePlanRow(caller, enrollmentId, planCode, null, count == null ? 0 : count);
    }

    /** 份数 and/or 无名单 of one plan row, in one write; a null leaves that value as it is. */
    public Enrollment changePlanRow(Caller caller, String enrollmentId, String planCode, Integer shares, Integer anonymous) {
        if (shares == null && anonymous == null) {
            throw DomainException.invalid("NOTHING_TO_CHANGE", "请填写份数或无名单人数");
        }
        return editor.edit(caller, enrollmentId, e -> {
            if (shares != null) {
                e.changeShares(planCode, shares);
            }
            if (anonymous != null) {
                e.setAnonymousCount(planCode, anonymous);
            }
        });
    }

    /** Fields left out (null) keep their value. */
    public Enrollment updateDetails(Caller caller, String enrollmentId, Details details) {
        return editor.edit(caller, enrollmentId, e -> e.updateDetails(
                details.newBusiness() == null ? e.newBusiness() : details.newBusiness(),
                details.employeeCount() == null ? e.employeeCount() : details.employeeCount(),
                details.femaleEmployeeCount() == null ? e.femaleEmployeeCount() : details.femaleEmployeeCount(),
                details.note() == null ? e.note() : details.note()));
    }
}
