package cn.huzhu.domain.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoveragePeriodTest {

    @ParameterizedTest(name = "confirmed {0}, covered until {1}, {2} months → {3} to {4}")
    @CsvSource(nullValues = "-", textBlock = """
            2026-12-01, -,          12, 2026-12-02, 2027-12-01
            2026-12-01, -,          24, 2026-12-02, 2028-12-01
            2026-12-31, -,          12, 2027-01-01, 2027-12-31
            2027-01-30, -,          1,  2027-01-31, 2027-02-28
            2028-02-28, -,          12, 2028-02-29, 2029-02-28
            2026-12-01, 2027-03-15, 12, 2027-03-16, 2028-03-15
            2026-12-01, 2026-12-01, 12, 2026-12-02, 2027-12-01
            2026-12-01, 2026-12-02, 12, 2026-12-03, 2027-12-02
            2026-12-01, 2026-06-30, 12, 2026-12-02, 2027-12-01
            """)
    void startsTheDayAfterConfirmationOrAfterTheEarlierCoverEnds(LocalDate confirmed, LocalDate coveredUntil, int months,
            LocalDate start, LocalDate end) {
        CoveragePeriod period = CoveragePeriod.of(confirmed, coveredUntil, months);
        assertThat(period.startsOn()).isEqualTo(start);
        assertThat(period.endsOn()).isEqualTo(end);
    }

    @ParameterizedTest(name = "{0} for {1} months ends {2}")
    @CsvSource(textBlock = """
            2026-12-04, 12, 2027-12-03
            2024-02-29, 12, 2025-02-28
            2023-03-01, 12, 2024-02-29
            2024-01-31, 1,  2024-02-29
            2024-01-30, 1,  2024-02-29
            2024-01-29, 1,  2024-02-28
            2026-01-01, 12, 2026-12-31
            2025-03-31, 24, 2027-03-30
            2024-02-29, 48, 2028-02-28
            """)
    void aTermEndsTheDayBeforeItsDayInTheMonthItReachesOrOnThatMonthsLastDay(LocalDate start, int months, LocalDate end) {
        assertThat(CoveragePeriod.lastDay(start, months)).isEqualTo(end);
        assertThat(Confirmation.issued("G1", start.minusDays(1)).endsOn(months)).isEqualTo(end);
    }
}
