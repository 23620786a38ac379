package cn.huzhu.app.enrollment;

import java.time.Clock;

import java.util.List;

import cn.huzhu.api.Log;
import cn.huzhu.app.change.AdditionCheck;
import cn.huzhu.app.port.EnrollmentStore;
import cn.huzhu.app.port.MemberStore;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.common.Problem;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentAction;
import cn.huzhu.domain.enrollment.StateChange;

/**
 * Moves an enrollment through its life cycle (rules in {@link cn.huzhu.domain.enrollment.StateMachine}) and records
 * each move in its history.
 */
public final class EnrollmentLifecycle {
    private static final Log LOG = Log.of(EnrollmentLifecycle.class);

    private final EnrollmentStore enrollments;
    private final EnrollmentEditor editor;
    private final MemberStore members;
    private final AdditionCheck additions;
    private final Clock clock;

    public record Moved(Enrollment enrollment, StateChange change) {
    }

    public EnrollmentLifecycle(EnrollmentStore enrollments, MemberStore members, AdditionCheck additions, Clock clock) {
        this.enrollments = enrollments;
        this.editor = new EnrollmentEditor(enrollments);
        this.members = members;
        this.additions = additions;
        this.clock = clock;
    }

    /**
     * 完成: step ③ sends the enrollment to 初审, unless an import or an edit is changing members, or something is missing.
     * The rules judge the members as stored: each plan is counted again, in the same versioned write. A 增员's members
     * are judged again on the day of submission (see {@link AdditionCheck}).
     */
    public Moved submit(Caller caller, String enrollmentId) {
        EnrollmentEditor.Applied<StateChange> applied = editor.apply(caller, enrollmentId, enrollment -> {
            if (enrollment.state().editableByUnit()) {
                enrollment.requireRostersFree(clock.instant());
                enrollment.plans().forEach(row -> enrollment.recordMembers(row.code(), members.count(enrollmentId, row.code())));
                List<Problem> problems = additions.problems(enrollment);
                if (!problems.isEmpty()) {
                    throw DomainException.invalid("SUBMISSION_INCOMPLETE", "增员还不能提交：" + problems.get(0).message(),
                            problems);
                }
            }
            return enrollment.apply(EnrollmentAction.SUBMIT, caller.username(), caller.role(), null, clock.instant());
        });
        return recorded(applied.enrollment(), applied.answer(), caller);
    }

    /** 提交 of the invoices: the domain refuses while a plan has something left to invoice. */
    public Moved submitInvoices(Caller caller, String enrollmentId) {
        return move(caller, enrollmentId, EnrollmentAction.SUBMIT_INVOICES, null);
    }

    public Moved cancel(Caller caller, String enrollmentId) {
        return move(caller, enrollmentId, EnrollmentAction.CANCEL, null);
    }

    public Moved approve(Caller caller, String enrollmentId) {
        return move(caller, enrollmentId, EnrollmentAction.APPROVE, null);
    }

    public Moved returnToUnit(Caller caller, String enrollmentId, String reason) {
        return move(caller, enrollmentId, EnrollmentAction.RETURN, reason);
    }

    private Moved move(Caller caller, String enrollmentId, EnrollmentAction action, String reason) {
        EnrollmentEditor.Applied<StateChange> applied = editor.apply(caller, enrollmentId,
                enrollment -> enrollment.apply(action, caller.username(), caller.role(), reason, clock.instant()));
        return recorded(applied.enrollment(), applied.answer(), caller);
    }

    private Moved recorded(Enrollment enrollment, StateChange change, Caller caller) {
        String enrollmentId = enrollment.id();
        enrollments.appendHistory(enrollmentId, change);
        LOG.info("enrollment state changed", "enrollmentId", enrollmentId, "from", change.from().name(),
                "to", change.to().name(), "by", caller.username());
        return new Moved(enrollment, change);
    }
}
