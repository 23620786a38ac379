package cn.huzhu.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class SchedulesTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Test
    void theDailyRunIsTheNext0900InBeijing() {
        assertThat(Schedules.untilNextNine(ZonedDateTime.of(2026, 12, 2, 8, 0, 0, 0, BEIJING))).isEqualTo(Duration.ofHours(1));
        assertThat(Schedules.untilNextNine(ZonedDateTime.of(2026, 12, 2, 9, 0, 0, 0, BEIJING))).isEqualTo(Duration.ofHours(24));
        assertThat(Schedules.untilNextNine(ZonedDateTime.of(2026, 12, 31, 10, 30, 0, 0, BEIJING)))
                .isEqualTo(Duration.ofMinutes(22 * 60 + 30));
    }
}
