package cn.huzhu.testing;

import cn.huzhu.app.port.EnrollmentStore;
import cn.huzhu.domain.enrollment.Confirmation;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.Settlement;

/**
 * Moves a confirmed business back in time in its store, as if it had been confirmed days ago: its members' cover and
 * 观察期 then lie in the past, which no use case can arrange.
 */
public final class Backdating {
    private Backdating() {
    }

    /** Returns the business as stored after the move. */
    public static Enrollment confirmation(EnrollmentStore enrollments, String enrollmentId, int days) {
        Enrollment e = enrollments.find(enrollmentId).orElseThrow();
        Settlement s = e.settlement();
        Confirmation c = s.confirmation();
        Confirmation earlier = new Confirmation(c.number(), c.confirmedOn().minusDays(days), c.effectiveOn().minusDays(days),
                c.printCount(), c.lastPrintedAt(), c.checkKeyId());
        enrollments.update(new Enrollment(e.id(), e.applicationNo(), e.unitId(), e.unitName(), e.orgCode(),
                e.createdAt(), e.createdBy(), e.newBusiness(), e.plans(), e.employeeCount(), e.femaleEmployeeCount(),
                e.note(), e.state(), e.submittedAt(), e.returnReason(), e.submissions(), e.rosterLocks(), e.businessType(),
                e.origin(), new Settlement(s.invoices(), s.invoicesSubmittedAt(), s.payment(), earlier, s.fulfilment(),
                        s.notice()), e.version()));
        return enrollments.find(enrollmentId).orElseThrow();
    }
}
