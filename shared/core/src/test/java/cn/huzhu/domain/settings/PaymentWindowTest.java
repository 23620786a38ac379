package cn.huzhu.domain.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PaymentWindowTest {
    private static final Settings.PaymentWindow WINDOW = new Settings.PaymentWindow(25);

    @ParameterizedTest
    @CsvSource({"2026-12-01, 2026-12", "2026-12-25, 2026-12", "2026-12-26, 2027-01", "2026-12-31, 2027-01",
            "2027-02-28, 2027-03"})
    void days1To25AreConfirmedThatMonthLaterOnesNextMonth(LocalDate arrived, String month) {
        assertThat(WINDOW.confirmedIn(arrived)).isEqualTo(YearMonth.parse(month));
    }

    @Test
    void theRuleSaysTheConfiguredDay() {
        assertThat(WINDOW.rule()).isEqualTo("每月1日至25日到账的款项当月确认；26日及以后到账的，次月初确认");
        assertThat(new Settings.PaymentWindow(20).rule()).contains("1日至20日", "21日及以后");
    }
}
