package cn.huzhu.domain.claim;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days a claim has waited since 受理: Monday to Friday after the day it was accepted, through the day counted
 * to. Public holidays and the weekends worked in their place are not known here and count as the calendar says.
 */
public final class WorkingDays {
    /** A claim accepted longer ago than this many working days and not yet decided is 超时 (a setting's default). */
    public static final int OVERDUE_AFTER = 15;

    private WorkingDays() {
    }

    public static int between(LocalDate accepted, LocalDate until) {
        int days = 0;
        for (LocalDate day = accepted.plusDays(1); !day.isAfter(until); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days++;
            }
        }
        return days;
    }
}
