package cn.huzhu.app.enrollment;

import java.time.Clock;

import cn.huzhu.api.Log;
import cn.huzhu.app.port.BatchStore;
import cn.huzhu.app.port.EnrollmentStore;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.common.DomainException;
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
    private final BatchStore batches;
    private final Clock clock;

    public record Moved(Enrollment enrollment, StateChange change) {
    }

    public EnrollmentLifecycle(EnrollmentStore enrollments, BatchStore batches, Clock clock) {
        this.enrollments = enrollments;
        this.editor = new EnrollmentEditor(enrollments);
        this.batches = batches;
        this.clock = clock;
    }

    /** 完成: step ③ sends the enrollment to 初审, unless an import is still running or something is missing. */
    public Moved submit(Caller caller, String enrollmentId) {
        boolean importing = batches.forEnrollment(enrollmentId).stream().anyMatch(batch -> batch.importing(clock.instant()));
        if (importing) {
            throw DomainException.conflict("IMPORT_RUNNING", "人员清单正在导入，请等导入完成后再提交");
        }
        return move(caller, enrollmentId, EnrollmentAction.SUBMIT, null);
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
