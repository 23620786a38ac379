package cn.huzhu.app.enrollment;

import java.util.function.Consumer;
import java.util.function.Supplier;

import cn.huzhu.app.port.EnrollmentStore;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.enrollment.Enrollment;

/**
 * Applies a change to an enrollment with optimistic locking. Changes here say what the result must be ("shares: 2"),
 * so when a concurrent write (an import finishing) wins, reading again and re-applying is safe.
 */
public final class EnrollmentEditor {
    private static final int ATTEMPTS = 3;

    private final EnrollmentStore enrollments;
    private final EnrollmentAccess access;

    public EnrollmentEditor(EnrollmentStore enrollments) {
        this.enrollments = enrollments;
        this.access = new EnrollmentAccess(enrollments);
    }

    public Enrollment edit(Caller caller, String enrollmentId, Consumer<Enrollment> change) {
        return retry(() -> access.load(caller, enrollmentId), change);
    }

    /** The same, for system work without a caller (an import recording its counts). */
    public Enrollment system(String enrollmentId, Consumer<Enrollment> change) {
        return retry(() -> enrollments.find(enrollmentId)
                .orElseThrow(() -> DomainException.notFound("ENROLLMENT_NOT_FOUND", "参保单不存在")), change);
    }

    private Enrollment retry(Supplier<Enrollment> load, Consumer<Enrollment> change) {
        for (int attempt = 1; ; attempt++) {
            Enrollment enrollment = load.get();
            change.accept(enrollment);
            try {
                enrollments.update(enrollment);
                return enrollment;
            } catch (DomainException e) {
                if (!"CONCURRENT_UPDATE".equals(e.code()) || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
