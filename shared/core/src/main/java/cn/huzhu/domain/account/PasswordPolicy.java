package cn.huzhu.domain.account;

import cn.huzhu.domain.common.DomainException;

/** What a new password must be. */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;

    private PasswordPolicy() {
    }

    public static void check(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw DomainException.invalid("PASSWORD_WEAK", "密码长度应为" + MIN_LENGTH + "到" + MAX_LENGTH + "位");
        }
        boolean letter = password.chars().anyMatch(c -> c < 128 && Character.isLetter(c));
        boolean digit = password.chars().anyMatch(c -> c < 128 && Character.isDigit(c));
        if (!letter || !digit) {
            throw DomainException.invalid("PASSWORD_WEAK", "密码须同时包含字母和数字");
        }
        if (password.equalsIgnoreCase(username)) {
            throw DomainException.invalid("PASSWORD_WEAK", "密码不能与账号相同");
        }
    }
}
