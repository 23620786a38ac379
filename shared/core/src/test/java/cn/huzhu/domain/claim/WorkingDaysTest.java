package cn.huzhu.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working days after 受理, weekends left out. */
class WorkingDaysTest {
    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource({
        "2026-12-04, 2026-12-04, 0",
        "2026-12-04, 2026-12-06, 0",
        "2026-12-04, 2026-12-07, 1",
        "2026-12-01, 2026-12-22, 15",
        "2026-12-01, 2026-12-23, 16",
        "2026-12-05, 2026-12-04, 0",
    })
    void weekdaysAfterAcceptanceCount(LocalDate accepted, LocalDate until, int days) {
        assertThat(WorkingDays.between(accepted, until)).isEqualTo(days);
    }
}
