package cn.huzhu.app.review;

import java.util.List;

import cn.huzhu.app.enrollment.EnrollmentAccess;
import cn.huzhu.app.enrollment.EnrollmentLifecycle;
import cn.huzhu.app.port.MailLog;
import cn.huzhu.domain.account.Caller;

/** 初审: approve or return with a reason; the unit is told by email, and the decision stands whatever the mail does. */
public final class ReviewDecision {
    private final EnrollmentLifecycle lifecycle;
    private final UnitNotifier notifier;
    private final EnrollmentAccess access;
    private final MailLog mailLog;

    public record Decided(EnrollmentLifecycle.Moved moved, MailLog.Entry mail) {
    }

    public ReviewDecision(EnrollmentLifecycle lifecycle, UnitNotifier notifier, EnrollmentAccess access, MailLog mailLog) {
        this.lifecycle = lifecycle;
        this.notifier = notifier;
        this.access = access;
        this.mailLog = mailLog;
    }

    public Decided approve(Caller caller, String enrollmentId) {
        EnrollmentLifecycle.Moved moved = lifecycle.approve(caller, enrollmentId);
        return new Decided(moved, notifier.approved(moved.enrollment()));
    }

    public Decided returnToUnit(Caller caller, String enrollmentId, String reason) {
        EnrollmentLifecycle.Moved moved = lifecycle.returnToUnit(caller, enrollmentId, reason);
        return new Decided(moved, notifier.returned(moved.enrollment(), reason));
    }

    public MailLog.Entry resend(Caller caller, String enrollmentId, String mailId) {
        return notifier.resend(access.load(caller, enrollmentId), mailId);
    }

    public List<MailLog.Entry> mails(Caller caller, String enrollmentId) {
        access.load(caller, enrollmentId);
        return mailLog.forEnrollment(enrollmentId);
    }
}
