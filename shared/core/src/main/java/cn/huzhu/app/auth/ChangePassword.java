package cn.huzhu.app.auth;

import java.time.Clock;

import cn.huzhu.app.port.AccountStore;
import cn.huzhu.app.port.SettingsStore;
import cn.huzhu.domain.account.Account;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.account.PasswordHasher;
import cn.huzhu.domain.account.PasswordPolicy;
import cn.huzhu.domain.common.DomainException;

/**
 * The caller changes its own password; earlier tokens stop working and a new one is returned. A wrong current password
 * counts towards the lockout like a wrong login: a stolen session cannot be used to guess the password.
 */
public final class ChangePassword {
    private final AccountStore accounts;
    private final CurrentAccount currentAccount;
    private final PasswordHasher hasher;
    private final TokenService tokens;

    private final LoginAttempts attempts;

    public ChangePassword(AccountStore accounts, PasswordHasher hasher, TokenService tokens, SettingsStore settings,
            Clock clock) {
        this.accounts = accounts;
        this.currentAccount = new CurrentAccount(accounts);
        this.hasher = hasher;
        this.tokens = tokens;
        this.attempts = new LoginAttempts(accounts, settings, clock);
    }

    /** The new token and the account as it now stands. */
    public Login.Result change(Caller caller, String currentPassword, String newPassword) {
        Account account = currentAccount.of(caller);
        if (!hasher.matches(currentPassword == null ? "" : currentPassword, account.passwordHash())) {
            attempts.failed(account);
            throw DomainException.invalid("CURRENT_PASSWORD_WRONG", "原密码不正确");
        }
        PasswordPolicy.check(newPassword, account.username());
        if (hasher.matches(newPassword, account.passwordHash())) {
            throw DomainException.invalid("PASSWORD_UNCHANGED", "新密码不能与原密码相同");
        }
        Account changed = account.passwordChanged(hasher.hash(newPassword));
        accounts.update(changed);
        return new Login.Result(tokens.issue(changed), changed);
    }
}
