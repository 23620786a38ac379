package cn.huzhu.app.enrollment;

import cn.huzhu.app.port.EnrollmentStore;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.enrollment.Enrollment;

/**
 * Loads an enrollment for a caller who may see it: a unit its own, office staff their org's. Anything else is "not
 * found", so ids of other units' enrollments reveal nothing.
 */
public final class EnrollmentAccess {
    private final EnrollmentStore enrollments;

    public EnrollmentAccess(EnrollmentStore enrollments) {
        this.enrollments = enrollments;
    }

    public Enrollment load(Caller caller, String enrollmentId) {
        return enrollments.find(enrollmentId)
                .filter(enrollment -> caller.maySee(enrollment.unitId(), enrollment.orgCode()))
                .orElseThrow(() -> DomainException.notFound("ENROLLMENT_NOT_FOUND", "参保单不存在"));
    }

    /** Loads an enrollment the caller's unit may still change (草稿 or 已退回). */
    public Enrollment loadEditable(Caller caller, String enrollmentId) {
        Enrollment enrollment = load(caller, enrollmentId);
        enrollment.requireEditable();
        return enrollment;
    }
}
