package cn.huzhu.domain.claim;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Which days are working days: Monday to Friday, less the public holidays the office lists, plus the weekend days it
 * lists as worked in their place (调休).
 */
public record WorkCalendar(Set<LocalDate> holidays, Set<LocalDate> workdays) {
    public static final WorkCalendar WEEKDAYS = new WorkCalendar(Set.of(), Set.of());

    public WorkCalendar {
        holidays = Set.copyOf(holidays);
        workdays = Set.copyOf(workdays);
    }

    public boolean working(LocalDate day) {
        if (workdays.contains(day)) {
            return true;
        }
        return !holidays.contains(day) && day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Working days after {@code accepted}, through {@code until}. */
    public int between(LocalDate accepted, LocalDate until) {
        int days = 0;
        for (LocalDate day = accepted.plusDays(1); !day.isAfter(until); day = day.plusDays(1)) {
            days += working(day) ? 1 : 0;
        }
        return days;
    }
}
