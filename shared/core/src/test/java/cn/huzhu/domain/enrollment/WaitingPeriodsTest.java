package cn.huzhu.domain.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 观察期 waivers by the days left uncovered between an earlier cover's end (24:00) and a new start (00:00). */
class WaitingPeriodsTest {

    @ParameterizedTest(name = "earlier cover ending {0}, new cover from {1}, gap {2} days allowed: waived {3}")
    @CsvSource(nullValues = "none", value = {
            "2025-12-01, 2026-01-01, 30, true",   // 30 days uncovered (Dec 2 to Dec 31): the decided example
            "2025-11-30, 2026-01-01, 30, false",  // 31 days uncovered
            "2025-12-31, 2026-01-01, 30, true",   // renewed seamlessly
            "2026-03-31, 2026-01-01, 30, true",   // earlier cover still running (未到期)
            "2025-12-31, 2026-01-01, 0, true",    // no gap allowed, none left
            "2025-12-30, 2026-01-01, 0, false",
            "2024-01-30, 2024-03-01, 30, true",   // leap February: Jan 31 to Feb 29 are 30 days
            "2023-01-29, 2023-03-02, 30, false",  // Jan 30 to Mar 1 are 31 days in 2023
            "none, 2026-01-01, 30, false"         // first-time member
    })
    void waivedWhenAtMostTheGapIsUncovered(LocalDate earlierEnd, LocalDate start, int gapDays, boolean waived) {
        assertThat(WaitingPeriods.waived(start, earlierEnd, gapDays)).isEqualTo(waived);
    }
}
