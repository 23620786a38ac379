package cn.huzhu.app.payment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.huzhu.app.enrollment.EnrollmentEditor;
import cn.huzhu.app.port.ChangeLog;
import cn.huzhu.app.port.CoverageStore;
import cn.huzhu.app.port.MemberStore;
import cn.huzhu.app.port.SettingsStore;
import cn.huzhu.domain.catalog.ActivityType;
import cn.huzhu.domain.change.ChangeKind;
import cn.huzhu.domain.change.ChangeRecord;
import cn.huzhu.domain.enrollment.Coverage;
import cn.huzhu.domain.enrollment.CoveragePeriod;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.enrollment.Member;
import cn.huzhu.domain.enrollment.MemberStats;
import cn.huzhu.domain.enrollment.WaitingPeriods;

/**
 * Fixes each named member's cover when the payment is confirmed: from the day after confirmation, or the day after a
 * still running earlier cover of the same activity type ends, for the plan's term; and records it so later rosters
 * find the member 未到期. Earlier cover that ran until shortly before waives the member's 观察期. Running it again gives
 * the same periods: this enrollment's own records are not taken for earlier cover, and a waiver once given stays.
 * A 增员's members are covered to the 共同止期 whatever ran before, and each added person is written to 变更记录 once
 * (a rerun writes the same entries again).
 */
public final class CoverageRecorder {
    private static final int CHUNK = 1000;

    private final MemberStore members;
    private final CoverageStore coverage;
    private final EnrollmentEditor editor;
    private final SettingsStore settings;
    private final ChangeLog changes;

    public CoverageRecorder(MemberStore members, CoverageStore coverage, EnrollmentEditor editor, SettingsStore settings,
            ChangeLog changes) {
        this.members = members;
        this.coverage = coverage;
        this.editor = editor;
        this.settings = settings;
        this.changes = changes;
    }

    /** Returns how many members were covered. */
    public int record(Enrollment e, Runnable progress) {
        LocalDate confirmedOn = e.settlement().confirmation().confirmedOn();
        int gapDays = settings.get(e.orgCode()).changes().continuityGapDays();
        int covered = 0;
        Map<String, ChangeRecord> added = new LinkedHashMap<>();
        for (EnrollmentPlan plan : e.plans()) {
            List<Member> chunk = new ArrayList<>();
            MemberStats[] stats = {MemberStats.NONE};
            members.forEach(e.id(), plan.code(), member -> {
                chunk.add(member);
                if (plan.addition() != null) {
                    added.merge(member.key(), addition(e, plan, member),
                            (first, more) -> first.withDetail(first.detail() + "、「" + plan.plan().name() + "」"));
                }
                if (chunk.size() == CHUNK) {
                    stats[0] = stats[0].plus(cover(e, plan, confirmedOn, gapDays, chunk));
                    chunk.clear();
                    progress.run();
                }
            });
            stats[0] = stats[0].plus(cover(e, plan, confirmedOn, gapDays, chunk));
            covered += stats[0].named();
            // a confirmed enrollment's members no longer change: the ones just covered are the plan's counts
            editor.system(e.id(), current -> current.recordMembers(plan.code(), stats[0]));
        }
        changes.recordAll(List.copyOf(added.values()));
        return covered;
    }

    /** The 变更记录 entry of a person a 增员 added: made the same on every run, so a rerun overwrites it. */
    private static ChangeRecord addition(Enrollment e, EnrollmentPlan plan, Member member) {
        var payment = e.settlement().payment();
        return new ChangeRecord("A" + member.key(), ChangeKind.ADDITION, e.id(), e.applicationNo(), e.unitId(),
                e.unitName(), e.orgCode(), member.key(), member.person().name(), "保障至" + plan.addition().commonEnd()
                        + "，「" + plan.plan().name() + "」", payment.confirmedAt(), e.createdBy());
    }

    /**
     * Covers a chunk: under the coverage store's one-writer-at-a-time rule, one read of the members' stored cover, their
     * periods decided from it, the later ends written; then the members whose cover differs from the enrollment's.
     */
    private MemberStats cover(Enrollment e, EnrollmentPlan plan, LocalDate confirmedOn, int gapDays, List<Member> chunk) {
        if (chunk.isEmpty()) {
            return MemberStats.NONE;
        }
        ActivityType type = plan.chosen().activityType();
        LocalDate effectiveOn = e.settlement().confirmation().effectiveOn();
        List<Member> changed = new ArrayList<>();
        MemberStats[] stats = new MemberStats[1];
        coverage.update(chunk.stream().map(Member::key).toList(), type, stored -> {
            changed.clear();
            stats[0] = MemberStats.NONE;
            List<Coverage> periods = new ArrayList<>(chunk.size());
            for (Member member : chunk) {
                Coverage earlier = stored.get(member.key());
                LocalDate otherEnd = earlier == null || earlier.enrollmentId().equals(e.id()) ? null : earlier.endsOn();
                LocalDate until = later(member.unexpiredUntil(), otherEnd);
                CoveragePeriod period = plan.periodConfirmedOn(confirmedOn, until);
                LocalDate stillCovered = plan.addition() == null && until != null && until.isAfter(confirmedOn) ? until : null;
                boolean waived = WaitingPeriods.waived(period.startsOn(), until, gapDays);
                Member fixed = member.covered(period, stillCovered, effectiveOn, waived);
                if (!fixed.equals(member)) {
                    changed.add(fixed);
                }
                stats[0] = stats[0].plus(fixed.stats());
                periods.add(new Coverage(type, member.key(), period.startsOn(), period.endsOn(), e.id(), plan.code()));
            }
            return periods;
        });
        members.putAll(changed);
        return stats[0];
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
