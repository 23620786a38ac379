package cn.huzhu.domain.enrollment;

import java.time.LocalDate;


/**
 * A member's cover through one plan of an enrollment, as every list, printout and query shows it: first and last day
 * (the last cut short by a 减员 for 死亡), the 观察期's last day where one applies, and the 减员 if any.
 */
public record MemberCover(LocalDate startsOn, LocalDate endsOn, LocalDate waitingLastDay, Removal removal) {

    /** {@code enrollmentStart}: the enrollment's 生效日期, or before confirmation the planned one. */
    public static MemberCover of(Member m, LocalDate enrollmentStart, EnrollmentPlan row) {
        LocalDate start = m.startsOn(enrollmentStart);
        LocalDate termEnd = row.coverEnd(start);
        return new MemberCover(start, m.endsOn(termEnd), m.waitingLastDay(enrollmentStart, row.plan().waitingDays()),
                m.removal());
    }

    public CoverStatus status(LocalDate today) {
        if (removal != null && removal.reason().endsCover() && today.isAfter(endsOn)) {
            return CoverStatus.TERMINATED;
        }
        if (today.isBefore(startsOn)) {
            return CoverStatus.NOT_STARTED;
        }
        return today.isAfter(endsOn) ? CoverStatus.EXPIRED : CoverStatus.ACTIVE;
    }

    /** How far back a member's own 参保查询 reaches: cover that ended longer ago is not shown (已到期 is recent). */
    public static final int PUBLIC_LOOKBACK_MONTHS = 12;

    /** Whether the public 参保查询 shows a cover ending on {@code endsOn}: still running, or ended within 12 months. */
    public static boolean shownPublicly(LocalDate endsOn, LocalDate today) {
        return !endsOn.isBefore(today.minusMonths(PUBLIC_LOOKBACK_MONTHS));
    }

    /** Whether the 观察期 still runs on {@code day}. */
    public boolean waitingOn(LocalDate day) {
        return waitingLastDay != null && !day.isAfter(waitingLastDay);
    }
}
