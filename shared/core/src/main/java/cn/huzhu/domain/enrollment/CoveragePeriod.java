package cn.huzhu.domain.enrollment;

import java.time.LocalDate;

/**
 * A member's cover once the payment is confirmed: from 00:00 of the day after confirmation, or of the day after a still
 * running earlier coverage of the same activity type ends, for the plan's term; the last day is covered to 24:00.
 */
public record CoveragePeriod(LocalDate startsOn, LocalDate endsOn) {
    public static CoveragePeriod of(LocalDate confirmedOn, LocalDate unexpiredUntil, int termMonths) {
        LocalDate start = confirmedOn.plusDays(1);
        if (unexpiredUntil != null && !unexpiredUntil.isBefore(start)) {
            start = unexpiredUntil.plusDays(1);
        }
        return new CoveragePeriod(start, start.plusMonths(termMonths).minusDays(1));
    }
}
