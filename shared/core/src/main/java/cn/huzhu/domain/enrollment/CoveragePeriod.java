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
        return new CoveragePeriod(start, lastDay(start, termMonths));
    }

    /**
     * The last day (covered to 24:00) of a term of N months starting on day D: the day before day D of the month N
     * months later, or, where that month has no day D, its last day (2026-12-04 → 2027-12-03; 2024-02-29 →
     * 2025-02-28; 2023-03-01 → 2024-02-29; 2024-01-31 for one month → 2024-02-29). Every date of cover is computed here.
     */
    public static LocalDate lastDay(LocalDate start, int termMonths) {
        LocalDate sameDay = start.plusMonths(termMonths);
        return sameDay.getDayOfMonth() < start.getDayOfMonth() ? sameDay : sameDay.minusDays(1);
    }

    /**
     * How many months of a term of {@code termMonths} a cover from {@code start} needs to reach {@code end} (增员 to the
     * 原参保单's 共同止期): months counted from the start day, a part month whole, never more than the term.
     */
    public static int monthsToReach(LocalDate start, LocalDate end, int termMonths) {
        for (int months = 1; months < termMonths; months++) {
            if (!lastDay(start, months).isBefore(end)) {
                return months;
            }
        }
        return termMonths;
    }
}
