package cn.huzhu.domain.claim;

import java.time.LocalDate;

/**
 * 申领时效: two calendar years from the event (discharge, diagnosis or accident), the anniversary included (an event on
 * 2024-02-29 may be filed until 2026-02-28), measured on the first submission; a 退回补正 does not restart it.
 */
public final class ClaimDeadline {
    private ClaimDeadline() {
    }

    public static LocalDate lastDay(LocalDate event, int years) {
        return event.plusYears(years);
    }

    public static boolean timely(LocalDate event, LocalDate firstSubmitted, int years) {
        return !firstSubmitted.isAfter(lastDay(event, years));
    }
}
