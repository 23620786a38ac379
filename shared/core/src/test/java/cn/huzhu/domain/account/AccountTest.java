package cn.huzhu.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

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

    @Test
    void anOfficeLoginIsStaffWithAShortNameAndIsHashedOnlyWhenValid() {
        AtomicInteger hashed = new AtomicInteger();
        Supplier<String> hash = () -> "h" + hashed.incrementAndGet();
        assertThatThrownBy(() -> Account.office("u.1", "单位", Role.UNIT, "1503", hash))
                .extracting("code").isEqualTo("ROLE_INVALID");
        assertThatThrownBy(() -> Account.office("u.1", " ", Role.CLAIMS, "1503", hash))
                .extracting("code").isEqualTo("DISPLAY_NAME_INVALID");
        assertThatThrownBy(() -> Account.office("u.1", "名".repeat(31), Role.CLAIMS, "1503",
                hash)).extracting("code").isEqualTo("DISPLAY_NAME_INVALID");
        assertThatThrownBy(() -> Account.office("u 1", "理赔员甲", Role.CLAIMS, "1503", hash))
                .extracting("code").isEqualTo("USERNAME_INVALID");
        assertThat(hashed).as("nothing hashed for a refused login").hasValue(0);
        Account made = Account.office(" claims9 ", " 理赔员甲 ", Role.CLAIMS, "1503", hash);
        assertThat(made.username()).isEqualTo("claims9");
        assertThat(made.displayName()).isEqualTo("理赔员甲");
        assertThat(made.mustChangePassword()).isTrue();
        assertThat(made.unitId()).isNull();
        assertThat(hashed).hasValue(1);
    }
}
