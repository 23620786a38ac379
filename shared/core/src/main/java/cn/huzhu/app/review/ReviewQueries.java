package cn.huzhu.app.review;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cn.huzhu.app.enrollment.Attachments;
import cn.huzhu.app.enrollment.EnrollmentAccess;
import cn.huzhu.app.port.EnrollmentStore;
import cn.huzhu.app.port.Page;
import cn.huzhu.app.roster.RosterUploads;
import cn.huzhu.app.unit.UnitProfile;
import cn.huzhu.app.view.AttachmentView;
import cn.huzhu.app.view.BatchView;
import cn.huzhu.app.view.EnrollmentDetail;
import cn.huzhu.app.view.EnrollmentSummary;
import cn.huzhu.app.view.HistoryView;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.common.DateRange;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentState;

/** The office's queue (待初审 oldest first, or any state) and the full file of one enrollment. */
public final class ReviewQueries {
    public static final String ALL = "ALL";
    private static final Set<EnrollmentState> EVERY_STATE_BUT_DRAFT = Collections.unmodifiableSet(
            EnumSet.complementOf(EnumSet.of(EnrollmentState.DRAFT)));
    private final EnrollmentStore enrollments;
    private final EnrollmentAccess access;
    private final UnitProfile units;
    private final RosterUploads uploads;
    private final Attachments attachments;

    /** {@code state} empty for 待初审; ALL for every state but 草稿; {@code applicationNo} finds one business by 申请书号. */
    public record Filter(String state, String unitId, String applicationNo, DateRange submitted, String cursor,
            Integer limit) {
    }

    public record Dossier(EnrollmentDetail enrollment, UnitProfile.View unit, List<BatchView> batches,
            List<AttachmentView> attachments, List<HistoryView> history) {
    }

    public ReviewQueries(EnrollmentStore enrollments, UnitProfile units, RosterUploads uploads, Attachments attachments) {
        this.enrollments = enrollments;
        this.access = new EnrollmentAccess(enrollments);
        this.units = units;
        this.uploads = uploads;
        this.attachments = attachments;
    }

    public Page<EnrollmentSummary> queue(Caller caller, Filter filter) {
        boolean all = ALL.equals(filter.state());
        Set<EnrollmentState> states = all ? EVERY_STATE_BUT_DRAFT
                : Set.of(filter.state() == null || filter.state().isBlank() ? EnrollmentState.SUBMITTED : parseState(filter.state()));
        int limit = filter.limit() == null ? 20 : Math.max(1, Math.min(100, filter.limit()));
        if (filter.applicationNo() != null && !filter.applicationNo().isBlank()) {
            List<EnrollmentSummary> found = enrollments.findByApplicationNo(filter.applicationNo().trim().toUpperCase(Locale.ROOT))
                    .filter(e -> caller.maySee(e.unitId(), e.orgCode()) && states.contains(e.state()))
                    .filter(e -> filter.unitId() == null || filter.unitId().isBlank() || filter.unitId().equals(e.unitId()))
                    .map(EnrollmentSummary::of).stream().toList();
            return new Page<>(found, null, found.size());
        }
        return enrollments.inStates(new EnrollmentStore.QueueQuery(caller.orgCode(), states, all, filter.unitId(),
                filter.submitted().start().orElse(null), filter.submitted().end().orElse(null), filter.cursor(), limit))
                .map(EnrollmentSummary::of);
    }

    public Dossier dossier(Caller caller, String enrollmentId) {
        Enrollment enrollment = access.load(caller, enrollmentId);
        return new Dossier(EnrollmentDetail.of(enrollment), units.view(enrollment.unitId()),
                uploads.list(caller, enrollmentId), attachments.list(caller, enrollmentId),
                enrollments.history(enrollmentId).stream().map(HistoryView::of).toList());
    }

    private static EnrollmentState parseState(String state) {
        try {
            return EnrollmentState.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("STATE_INVALID", "状态参数无效：" + state);
        }
    }
}
