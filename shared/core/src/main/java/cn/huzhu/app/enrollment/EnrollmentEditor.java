package cn.huzhu.app.enrollment;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import cn.huzhu.app.port.EnrollmentStore;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.enrollment.Enrollment;

/**
 * Applies a change to an enrollment with optimistic locking. Changes here say what the result must be ("shares: 2",
 * "submit"), so when a concurrent write (an import finishing, a field saved) wins, the change is applied again to the
 * enrollment as it now stands: the rules, not the timing, decide.
 */
public final class EnrollmentEditor {
    /** Enough for a burst of parallel saves of one enrollment to all land, each after a short random pause. */
    private static final int ATTEMPTS = 12;

    private final EnrollmentStore enrollments;
    private final EnrollmentAccess access;

    public EnrollmentEditor(EnrollmentStore enrollments) {
        this.enrollments = enrollments;
        this.access = new EnrollmentAccess(enrollments);
    }

    /** The enrollment as saved, and what the change answered on the attempt that was saved (a state change). */
    public record Applied<R>(Enrollment enrollment, R answer) {
    }

    public Enrollment edit(Caller caller, String enrollmentId, Consumer<Enrollment> change) {
        return apply(caller, enrollmentId, answering(change)).enrollment();
    }

    public <R> Applied<R> apply(Caller caller, String enrollmentId, Function<Enrollment, R> change) {
        return retry(() -> access.load(caller, enrollmentId), change);
    }

    /** The same, for system work without a caller (an import recording its counts). */
    public Enrollment system(String enrollmentId, Consumer<Enrollment> change) {
        return retry(() -> load(enrollmentId), answering(change)).enrollment();
    }

    /** System work that answers something. */
    public <R> R systemApply(String enrollmentId, Function<Enrollment, R> change) {
        return retry(() -> load(enrollmentId), change).answer();
    }

    private Enrollment load(String enrollmentId) {
        return enrollments.find(enrollmentId)
                .orElseThrow(() -> DomainException.notFound("ENROLLMENT_NOT_FOUND", "参保单不存在"));
    }

    private static Function<Enrollment, Void> answering(Consumer<Enrollment> change) {
        return enrollment -> {
            change.accept(enrollment);
            return null;
        };
    }

    private <R> Applied<R> retry(Supplier<Enrollment> load, Function<Enrollment, R> change) {
        for (int attempt = 1; ; attempt++) {
            Enrollment enrollment = load.get();
            R answer = change.apply(enrollment);
            try {
                enrollments.update(enrollment);
                return new Applied<>(enrollment, answer);
            } catch (DomainException e) {
                if (!"CONCURRENT_UPDATE".equals(e.code()) || attempt == ATTEMPTS) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    /** Spreads the retries of writers that collided, so they do not collide again in step. */
    static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 10 + 15L * Math.min(attempt, 6)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
