package cn.huzhu.domain.claim;

import java.time.LocalDate;

/** Working days a claim has waited since 受理, after the day it was accepted through the day counted to. */
public final class WorkingDays {
    /** A claim accepted longer ago than this many working days and not yet decided is 超时 (a setting's default). */
    public static final int OVERDUE_AFTER = 15;

    private WorkingDays() {
    }

    /** Weekdays after {@code accepted} through {@code until}, no holidays known (see {@link WorkCalendar}). */
    public static int between(LocalDate accepted, LocalDate until) {
        return WorkCalendar.WEEKDAYS.between(accepted, until);
    }
}
