package cn.huzhu.app.change;

import java.time.Clock;
import java.time.LocalDate;

import cn.huzhu.app.Ids;
import cn.huzhu.app.enrollment.EnrollmentAccess;
import cn.huzhu.app.port.EnrollmentStore;
import cn.huzhu.app.port.SequenceStore;
import cn.huzhu.app.port.SettingsStore;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.common.BusinessDay;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.enrollment.BusinessType;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.enrollment.EnrollmentState;
import cn.huzhu.domain.roster.RosterScreening;
import cn.huzhu.domain.settings.Settings;

/**
 * 变更管理 › 增员: a unit starts a 增员 from one of its confirmed businesses while enough of its term is left; the draft
 * then goes through 人员清单, 初审, invoices and payment like an enrollment (see {@link Enrollment#addition}).
 */
public final class Additions {
    private final EnrollmentAccess access;
    private final EnrollmentStore enrollments;
    private final SequenceStore sequences;
    private final SettingsStore settings;
    private final Ids ids;
    private final Clock clock;

    public Additions(EnrollmentStore enrollments, SequenceStore sequences, SettingsStore settings, Ids ids, Clock clock) {
        this.access = new EnrollmentAccess(enrollments);
        this.enrollments = enrollments;
        this.sequences = sequences;
        this.settings = settings;
        this.ids = ids;
        this.clock = clock;
    }

    public Enrollment start(Caller caller, String originId) {
        Enrollment origin = access.load(caller, originId);
        if (origin.state() != EnrollmentState.CONFIRMED) {
            throw DomainException.conflict("NOT_CONFIRMED", "参保单当前状态为“" + origin.state().label() + "”，确认收款后才能增员");
        }
        origin.requireCoverRecorded();
        Settings rules = settings.get(origin.orgCode());
        LocalDate effectiveOn = origin.settlement().confirmation().effectiveOn();
        LocalDate firstEnd = origin.plans().stream().map(row -> row.coverEnd(effectiveOn)).min(LocalDate::compareTo).orElseThrow();
        rules.changes().additionWindows().termProblem(BusinessDay.today(clock), firstEnd).ifPresent(why -> {
            throw DomainException.conflict("ADDITION_TOO_LATE", why);
        });
        String applicationNo = rules.numbering().applicationPrefix() + sequences.next("application-" + origin.orgCode());
        Enrollment draft = Enrollment.addition(ids.next(), applicationNo, origin, clock.instant(), caller.username());
        enrollments.create(draft);
        enrollments.markAddition(origin.id(), draft.id());
        return draft;
    }

    /** The rules a 增员's roster is judged by besides every roster rule; null for any other business. */
    public static RosterScreening.Addition screening(Enrollment e, Settings rules) {
        if (e.businessType() != BusinessType.ADDITION) {
            return null;
        }
        EnrollmentPlan first = e.plans().get(0);
        return new RosterScreening.Addition(rules.changes().additionWindows(), first.addition().originStart());
    }
}
