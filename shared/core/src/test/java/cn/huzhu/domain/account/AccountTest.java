package cn.huzhu.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class AccountTest {
    private static final Instant NOW = Instant.parse("2025-11-25T00:00:00Z");

    @Test
    void locksAfterTheLimitAndForgivesAfterSuccess() {
        Account account = Account.create("unit1", "单位", Role.UNIT, "u1", "1503", "hash", false);
        for (int i = 1; i < 5; i++) {
            account = account.failedLogin(NOW, 5, Duration.ofMinutes(15));
            assertThat(account.lockedAt(NOW)).isFalse();
        }
        account = account.failedLogin(NOW, 5, Duration.ofMinutes(15));
        assertThat(account.lockedAt(NOW.plusSeconds(60))).isTrue();
        assertThat(account.lockedAt(NOW.plus(Duration.ofMinutes(15)))).isFalse();
        assertThat(account.succeededLogin().failedAttempts()).isZero();
    }

    @Test
    void wrongPasswordsDuringALockStillCountAndTheCountStartsAgainAfterIt() {
        Account account = Account.create("unit1", "单位", Role.UNIT, "u1", "1503", "hash", false);
        for (int i = 0; i < 7; i++) {
            account = account.failedLogin(NOW, 5, Duration.ofMinutes(15));
        }
        assertThat(account.failedAttempts()).isEqualTo(7);
        assertThat(account.lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        Account later = account.failedLogin(NOW.plus(Duration.ofMinutes(16)), 5, Duration.ofMinutes(15));
        assertThat(later.failedAttempts()).isEqualTo(1);
        assertThat(later.lockedAt(NOW.plus(Duration.ofMinutes(16)))).isFalse();
    }

    @Test
    void resetsAndDisablingRevokeEarlierTokens() {
        Account account = Account.create("unit1", "单位", Role.UNIT, "u1", "1503", "hash", false);
        Account reset = account.passwordReset("temp");
        assertThat(reset.mustChangePassword()).isTrue();
        assertThat(reset.tokenGeneration()).isGreaterThan(account.tokenGeneration());
        assertThat(reset.passwordChanged("new").mustChangePassword()).isFalse();
        assertThat(account.disabled(true).tokenGeneration()).isGreaterThan(account.tokenGeneration());
    }
}
