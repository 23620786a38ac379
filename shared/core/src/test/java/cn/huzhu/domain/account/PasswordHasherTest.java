package cn.huzhu.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = PasswordHasher.owasp();

    @Test
    void saltsEveryHashAndChecksPasswords() {
        String first = hasher.hash("Secret123");
        String second = hasher.hash("Secret123");
        assertThat(first).startsWith("pbkdf2-sha256$600000$").isNotEqualTo(second);
        assertThat(hasher.matches("Secret123", first)).isTrue();
        assertThat(hasher.matches("Secret124", first)).isFalse();
        assertThat(hasher.matches("Secret123", "not-a-hash")).isFalse();
    }

    @Test
    void neverBelowOwaspsIterationCount() {
        assertThatThrownBy(() -> new PasswordHasher(100_000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void policyWantsLettersDigitsAndLength() {
        assertThatThrownBy(() -> PasswordPolicy.check("short1", "u")).hasMessageContaining("8到64位");
        assertThatThrownBy(() -> PasswordPolicy.check("onlyletters", "u")).hasMessageContaining("字母和数字");
        assertThatThrownBy(() -> PasswordPolicy.check("unit0001", "UNIT0001")).hasMessageContaining("账号相同");
        PasswordPolicy.check("Letters123", "unit1");
        assertThatThrownBy(() -> PasswordPolicy.check("Password123", "u")).hasMessageContaining("太常见");
        assertThatThrownBy(() -> PasswordPolicy.check(PasswordPolicy.DEMO_PASSWORD, "u")).hasMessageContaining("太常见");
        assertThatThrownBy(() -> PasswordPolicy.check("Letters 123", "u")).hasMessageContaining("空格");
        assertThatThrownBy(() -> PasswordPolicy.check("Letters\t123", "u")).hasMessageContaining("空格");
        assertThatThrownBy(() -> PasswordPolicy.check("Letters\u200b123", "u")).hasMessageContaining("看不见");
        assertThatThrownBy(() -> PasswordPolicy.check("Letters\u202e123", "u")).hasMessageContaining("看不见");
    }
}
