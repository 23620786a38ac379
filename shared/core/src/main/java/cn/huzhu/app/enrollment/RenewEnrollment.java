package cn.huzhu.app.enrollment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.huzhu.app.Ids;
import cn.huzhu.app.port.BatchStore;
import cn.huzhu.app.port.EnrollmentStore;
import cn.huzhu.app.port.FileStore;
import cn.huzhu.app.port.SequenceStore;
import cn.huzhu.app.port.SettingsStore;
import cn.huzhu.app.roster.RenewalRosters;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.common.BusinessDay;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.enrollment.BusinessType;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.enrollment.EnrollmentState;
import cn.huzhu.domain.roster.ImportBatch;

/**
 * 续保: a new draft from a confirmed enrollment, with the same plans (as the catalog has them today) and shares, the
 * same 无名单 headcounts and employee counts, and the same named members: each plan's members are written as a roster
 * and imported like an upload, so today's rules judge them again, failures are listed as an import's, and members still
 * covered come out 未到期. The members its confirmed 增员 added come along with the 原参保单's.
 */
public final class RenewEnrollment {
    private final EnrollmentStore enrollments;
    private final EnrollmentAccess access;
    private final CreateEnrollment.PlanChoice planChoice;
    private final BatchStore batches;
    private final SequenceStore sequences;
    private final SettingsStore settings;
    private final FileStore files;
    private final Ids ids;
    private final Clock clock;

    public RenewEnrollment(EnrollmentStore enrollments, CreateEnrollment.PlanChoice planChoice, BatchStore batches,
            SequenceStore sequences, SettingsStore settings, FileStore files, Ids ids, Clock clock) {
        this.enrollments = enrollments;
        this.access = new EnrollmentAccess(enrollments);
        this.planChoice = planChoice;
        this.batches = batches;
        this.sequences = sequences;
        this.settings = settings;
        this.files = files;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * @param early the unit has been told that every member is still covered for long and renews all the same
     */
    public Enrollment renew(Caller caller, String confirmedId, boolean early) {
        Enrollment from = access.load(caller, confirmedId);
        if (from.state() != EnrollmentState.CONFIRMED) {
            throw DomainException.conflict("NOT_CONFIRMED", "参保单当前状态为“" + from.state().label() + "”，确认收款后才能续保");
        }
        if (from.businessType() == BusinessType.ADDITION) {
            throw DomainException.conflict("RENEW_ADDITION", "增员单的人员随原参保单续保，请在原参保单上办理续保");
        }
        if (!early) {
            refuseEarly(from);
        }
        Optional<String> earlier = enrollments.renewalOf(confirmedId);
        Optional<Enrollment> live = earlier.flatMap(enrollments::find).filter(e -> e.state() != EnrollmentState.CANCELLED);
        if (live.isPresent()) {
            throw alreadyRenewed(live.get());
        }
        Enrollment draft = draft(caller, from);
        if (!enrollments.markRenewal(confirmedId, draft.id(), earlier.orElse(null))) {
            throw alreadyRenewed(enrollments.renewalOf(confirmedId).flatMap(enrollments::find).orElse(draft));
        }
        enrollments.create(draft);
        draft.plans().forEach(row -> planChoice.markChosen(row.code()));
        List<Enrollment> added = enrollments.findAll(enrollments.additionsOf(from.id())).values().stream()
                .filter(addition -> addition.state() == EnrollmentState.CONFIRMED).toList();
        List<ImportBatch> opened = new ArrayList<>();
        for (EnrollmentPlan row : from.plans()) {
            int named = row.members().named() + added.stream().flatMap(addition -> addition.plan(row.code()).stream())
                    .mapToInt(addedRow -> addedRow.members().named()).sum();
            if (named > 0) {
                String batchId = ids.next();
                opened.add(batches.create(ImportBatch.waiting(draft.id(), batchId, List.of(row.code()),
                        "续保人员清单（" + from.applicationNo() + "）.xlsx", RenewalRosters.rosterKey(draft.id(), batchId), 0,
                        clock.instant(), caller.username())));
            }
        }
        RenewalRosters.start(files, new RenewalRosters.Job(draft.id(), from.id(), opened.stream().map(ImportBatch::id).toList(),
                added.stream().map(Enrollment::id).toList()));
        return draft;
    }

    /**
     * 续保 while every member is still covered for more than the settings' days: the draft would hold nothing but 未到期
     * members, so the unit is told first (code RENEWAL_EARLY) and renews only when it says so.
     */
    private void refuseEarly(Enrollment from) {
        LocalDate firstEnd = from.coverEnds().orElse(null);
        LocalDate today = BusinessDay.today(clock);
        int warning = settings.get(from.orgCode()).renewals().earlyWarningDays();
        if (firstEnd != null && ChronoUnit.DAYS.between(today, firstEnd) > warning) {
            throw DomainException.conflict("RENEWAL_EARLY", "本单人员的保障最早于" + firstEnd + "期满，距今还有"
                    + ChronoUnit.DAYS.between(today, firstEnd) + "天；现在续保，续保单中的人员都将显示为“未到期”。确定现在续保吗？");
        }
    }

    private Enrollment draft(Caller caller, Enrollment from) {
        List<EnrollmentPlan> rows = from.plans().stream()
                .map(row -> EnrollmentPlan.chosen(planChoice.choose(row.code()), row.shares())).toList();
        String prefix = settings.get(from.orgCode()).numbering().applicationPrefix();
        Enrollment draft = Enrollment.draft(ids.next(), prefix + sequences.next("application-" + from.orgCode()),
                from.unitId(), from.unitName(), from.orgCode(), clock.instant(), caller.username(), from.newBusiness(), rows,
                BusinessType.RENEWAL, from.id());
        draft.updateDetails(from.newBusiness(), from.employeeCount(), from.femaleEmployeeCount(), "");
        from.plans().forEach(row -> draft.setAnonymousCount(row.code(), row.anonymousCount()));
        return draft;
    }

    private static DomainException alreadyRenewed(Enrollment renewal) {
        return DomainException.conflict("ALREADY_RENEWED", "该参保单已发起续保（申请书号" + renewal.applicationNo()
                + "），请在参保录入中继续办理");
    }
}
