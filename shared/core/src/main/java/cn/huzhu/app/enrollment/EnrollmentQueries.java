package cn.huzhu.app.enrollment;

import java.util.List;

import cn.huzhu.app.port.EnrollmentStore;
import cn.huzhu.app.port.Page;
import cn.huzhu.app.view.EnrollmentDetail;
import cn.huzhu.app.view.EnrollmentSummary;
import cn.huzhu.app.view.HistoryView;
import cn.huzhu.domain.account.Caller;

/** What a unit reads about its enrollments. */
public final class EnrollmentQueries {
    private final EnrollmentStore enrollments;
    private final EnrollmentAccess access;

    public EnrollmentQueries(EnrollmentStore enrollments) {
        this.enrollments = enrollments;
        this.access = new EnrollmentAccess(enrollments);
    }

    public Page<EnrollmentSummary> mine(Caller caller, String cursor, int limit) {
        return enrollments.forUnit(caller.unitId(), cursor, limit).map(EnrollmentSummary::of);
    }

    public EnrollmentDetail detail(Caller caller, String enrollmentId) {
        return EnrollmentDetail.of(access.load(caller, enrollmentId));
    }

    public List<HistoryView> history(Caller caller, String enrollmentId) {
        access.load(caller, enrollmentId);
        return enrollments.history(enrollmentId).stream().map(HistoryView::of).toList();
    }
}
