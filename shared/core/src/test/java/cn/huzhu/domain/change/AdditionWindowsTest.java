package cn.huzhu.domain.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.huzhu.domain.settings.Settings;

/** 增员's windows on the day of submission, every bound inclusive (DOMAIN.md's decided cases). */
class AdditionWindowsTest {
    private static final Settings.Changes DEFAULTS = Settings.Changes.DEFAULT;
    private static final AdditionWindows WINDOWS = new AdditionWindows(DEFAULTS.anyoneDays(), DEFAULTS.newHireDays(),
            DEFAULTS.minRemainingDays());
    private static final LocalDate EFFECTIVE = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 12, 31);

    @ParameterizedTest(name = "submitted {0}, hired {1}: allowed {2}")
    @CsvSource(nullValues = "none", value = {
            "2026-01-11, none, true",        // 生效日期 + 10: anyone
            "2026-01-12, none, false",       // + 11: only new hires, and the date is missing
            "2026-01-12, 2026-01-12, true",  // hired today qualifies
            "2026-03-02, 2026-01-01, true",  // hired exactly 60 days before
            "2026-03-02, 2025-12-31, false", // 61 days
            "2026-03-02, 2026-03-03, false", // hired tomorrow is no hire date
            "2025-12-20, none, true"         // before the 生效日期 (confirmed early): anyone
    })
    void anyoneAtFirstThenOnlyNewHires(LocalDate submitted, LocalDate hired, boolean allowed) {
        assertThat(WINDOWS.hireProblem(submitted, EFFECTIVE, hired).isEmpty()).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "submitted {0}: allowed {1}")
    @CsvSource({"2026-12-01, true", "2026-12-02, false", "2026-06-30, true"})
    void atLeastThirtyDaysOfTheTermRemain(LocalDate submitted, boolean allowed) {
        assertThat(WINDOWS.termProblem(submitted, END).isEmpty()).isEqualTo(allowed);
        assertThat(WINDOWS.termProblem(submitted, END).orElse("")).doesNotContain("null");
    }

    @ParameterizedTest(name = "a message names the rule: {0}")
    @CsvSource(nullValues = "none", value = {"none, 请填写入职日期", "2025-06-01, 已超过60天"})
    void refusalsSayWhy(LocalDate hired, String says) {
        assertThat(WINDOWS.hireProblem(LocalDate.of(2026, 5, 1), EFFECTIVE, hired)).get().asString().contains(says);
    }
}
