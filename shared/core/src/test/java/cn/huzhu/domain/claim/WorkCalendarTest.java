package cn.huzhu.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The office's working days: a listed holiday does not count, a listed 调休 Saturday does. */
class WorkCalendarTest {
    @Test
    void holidaysAndWorkedWeekendsChangeTheCount() {
        LocalDate accepted = LocalDate.of(2026, 9, 30);
        LocalDate until = LocalDate.of(2026, 10, 12);
        assertThat(WorkCalendar.WEEKDAYS.between(accepted, until)).isEqualTo(8);
        WorkCalendar national = new WorkCalendar(Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2),
                LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7), LocalDate.of(2026, 10, 8)),
                Set.of(LocalDate.of(2026, 10, 10)));
        assertThat(national.between(accepted, until)).as("10-09, the worked Saturday 10-10, and 10-12").isEqualTo(3);
        assertThat(national.working(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(national.working(LocalDate.of(2026, 10, 11))).isFalse();
    }
}
