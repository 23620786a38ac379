package cn.huzhu.domain.enrollment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * 观察期 waivers: earlier cover of the same activity type (any unit) waives a new cover's 观察期 when at most
 * {@code gapDays} days lie uncovered between them. Cover ends at 24:00, so cover ending 2025-12-01 leaves 30 days
 * uncovered before a cover starting 2026-01-01; earlier cover still running (overlap) leaves none.
 */
public final class WaitingPeriods {
    private WaitingPeriods() {
    }

    public static boolean waived(LocalDate startsOn, LocalDate earlierCoverEnd, int gapDays) {
        return earlierCoverEnd != null && ChronoUnit.DAYS.between(earlierCoverEnd, startsOn) - 1 <= gapDays;
    }
}
