package cn.huzhu.domain.account;

import java.util.Locale;
import java.util.Set;

import cn.huzhu.domain.common.DomainException;

/** What a new password must be. */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;
    /** The demo logins' password: printed by the local runtime and in the README, so never a real one. */
    public static final String DEMO_PASSWORD = "huzhu2025";
    /**
     * The passwords tried first by anyone guessing (leaked-password lists, and the obvious words of this office) that
     * the length and letter-and-digit rules would let through. Compared without case.
     */
    private static final Set<String> COMMON = Set.of(
            "password1", "password12", "password123", "passw0rd", "p@ssw0rd", "passw0rd1", "qwerty123", "qwer1234",
            "qwerty12", "1qaz2wsx", "1q2w3e4r", "1q2w3e4r5t", "q1w2e3r4", "zaq12wsx", "abc12345", "abcd1234", "a1234567",
            "a12345678", "a123456789", "aa123456", "abc123456", "admin123", "admin1234", "admin888", "root1234", "test1234",
            "iloveyou1", "woaini1314", "woaini520", "asdf1234", "asd12345", "123456abc", "123456aa", "123qweasd",
            "qweasd123", "1234qwer", "12345qwe", "123abc456", "huzhu123", "huzhu1234", "huzhu2024", "huzhu2026",
            "qingdao123", "zhigong123", "gonghui123", "baoxian123", DEMO_PASSWORD);

    private PasswordPolicy() {
    }

    public static void check(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw DomainException.invalid("PASSWORD_WEAK", "密码长度应为" + MIN_LENGTH + "到" + MAX_LENGTH + "位");
        }
        if (password.codePoints().anyMatch(PasswordPolicy::invisible)) {
            throw DomainException.invalid("PASSWORD_CHARACTERS", "密码不能包含空格、制表符或看不见的字符");
        }
        boolean letter = password.chars().anyMatch(c -> c < 128 && Character.isLetter(c));
        boolean digit = password.chars().anyMatch(c -> c < 128 && Character.isDigit(c));
        if (!letter || !digit) {
            throw DomainException.invalid("PASSWORD_WEAK", "密码须同时包含字母和数字");
        }
        if (password.equalsIgnoreCase(username)) {
            throw DomainException.invalid("PASSWORD_WEAK", "密码不能与账号相同");
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            throw DomainException.invalid("PASSWORD_COMMON", "这个密码太常见，很容易被猜到，请换一个");
        }
    }

    /** White space, control and format characters (zero-width space, joiners, BOM, direction marks). */
    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                || type == Character.FORMAT || type == Character.CONTROL || type == Character.UNASSIGNED;
    }
}
