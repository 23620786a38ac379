package cn.huzhu.domain.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RenewalsTest {
    private final Settings.Renewals rules = new Settings.Renewals(60, List.of(7, 60, 30, 30));

    @Test
    void theReminderDueIsTheNearestThresholdNotBelowTheDaysLeft() {
        assertThat(rules.reminderDays()).containsExactly(60, 30, 7);
        assertThat(rules.reminderFor(61)).isEmpty();
        assertThat(rules.reminderFor(60)).contains(60);
        assertThat(rules.reminderFor(31)).contains(60);
        assertThat(rules.reminderFor(30)).contains(30);
        assertThat(rules.reminderFor(8)).contains(30);
        assertThat(rules.reminderFor(7)).contains(7);
        assertThat(rules.reminderFor(0)).contains(7);
        assertThat(rules.reminderFor(-1)).as("cover already ended").isEmpty();
    }

    @Test
    void withoutThresholdsTheDefaultsApply() {
        assertThat(new Settings.Renewals(60).reminderDays()).containsExactly(60, 30, 7);
    }
}
