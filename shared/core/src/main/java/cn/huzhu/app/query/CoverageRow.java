package cn.huzhu.app.query;

import java.time.LocalDate;
import java.util.List;

import cn.huzhu.app.view.Views;
import cn.huzhu.domain.claim.Claim;
import cn.huzhu.domain.claim.ClaimState;
import cn.huzhu.domain.enrollment.CoverStatus;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.enrollment.Member;
import cn.huzhu.domain.enrollment.MemberCover;
import cn.huzhu.domain.identity.Masking;

/**
 * One coverage of a person through one plan of a confirmed enrollment, as 人员保障查询 lists it: the ID number masked
 * and no birth date, the cover with its 观察期, status and 减员.
 */
public record CoverageRow(String enrollmentId, String applicationNo, String confirmationNo, String unitName,
        String memberKey, String name, String idNumberMasked, String activity, String plan, int shares,
        LocalDate startsOn, LocalDate endsOn, LocalDate waitingUntil, String status, String removalReason,
        LocalDate removalDate, String planCode, String activityType, List<ClaimLine> claims) {

    /** A claim of this coverage as 人员保障查询 lists it: no diagnosis, no account. */
    public record ClaimLine(String claimNo, String kind, String state, String amount) {
        static ClaimLine of(Claim c) {
            return new ClaimLine(c.claimNo(), c.kind().label(), c.state().label(),
                    c.amount() == null ? null : Views.money(c.amount()));
        }
    }

    /** The row with the claims filed through it (草稿 left out). */
    public CoverageRow withClaims(List<Claim> filed) {
        return new CoverageRow(enrollmentId, applicationNo, confirmationNo, unitName, memberKey, name, idNumberMasked, activity,
                plan, shares, startsOn, endsOn, waitingUntil, status, removalReason, removalDate, planCode, activityType,
                filed.stream().filter(c -> c.state() != ClaimState.DRAFT).map(ClaimLine::of).toList());
    }

    static CoverageRow of(Enrollment e, EnrollmentPlan row, Member m, LocalDate today) {
        MemberCover cover = MemberCover.of(m, e.settlement().confirmation().effectiveOn(), row);
        CoverStatus status = cover.status(today);
        return new CoverageRow(e.id(), e.applicationNo(), e.settlement().confirmation().number(), e.unitName(), m.key(),
                m.person().name(), Masking.idNumber(m.person().idNumber()), row.chosen().activityName(),
                row.plan().name(), row.shares(), cover.startsOn(), cover.endsOn(), cover.waitingLastDay(), status.label(),
                m.removal() == null ? null : m.removal().reason().label(), m.removal() == null ? null : m.removal().date(),
                row.code(), row.chosen().activityType().name(), List.of());
    }
}
