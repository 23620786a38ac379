package cn.huzhu.app.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;

import cn.huzhu.api.Log;
import cn.huzhu.app.port.AccountStore;
import cn.huzhu.app.port.SettingsStore;
import cn.huzhu.domain.account.Account;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.settings.Settings;

/**
 * The outcome of a login attempt written to the account, whatever runs in parallel: every refused attempt (a wrong
 * password, or any attempt on a locked account) is counted even when another attempt saved the account first (the write
 * is retried on the account as it now stands), and a right password lets in only an account that no parallel burst has
 * locked meanwhile.
 */
final class LoginAttempts {
    private static final Log LOG = Log.of(LoginAttempts.class);
    private static final int ATTEMPTS = 20;

    private final AccountStore accounts;
    private final SettingsStore settings;
    private final Clock clock;

    LoginAttempts(AccountStore accounts, SettingsStore settings, Clock clock) {
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
    }

    /** Counts a wrong password; the account as saved (locked when this attempt reached the limit, or one before did). */
    Account failed(Account account) {
        Settings.Limits limits = settings.get(account.orgCode()).limits();
        Instant now = clock.instant();
        Account saved = save(account, current -> current.failedLogin(now, limits.loginMaxAttempts(),
                Duration.ofMinutes(limits.lockMinutes())));
        LOG.warn("wrong password", "username", account.username(), "attempts", saved.failedAttempts(),
                "locked", saved.lockedAt(now));
        return saved;
    }

    /**
     * A right password: the account as saved with its count cleared, unless a parallel burst locked it meanwhile (then
     * this attempt is refused and counted like the others) or it was disabled.
     */
    Account succeeded(Account account, UnaryOperator<Account> change) {
        try {
            return save(account, current -> {
                refuseLockedOrDisabled(current, clock.instant());
                return change.apply(current.succeededLogin());
            });
        } catch (DomainException refused) {
            if ("ACCOUNT_LOCKED".equals(refused.code())) {
                failed(accounts.find(account.username()).orElse(account));
            }
            throw refused;
        }
    }

    static void refuseLockedOrDisabled(Account account, Instant now) {
        if (account.disabled()) {
            throw DomainException.forbidden("ACCOUNT_DISABLED", "账号已停用，请联系办事处");
        }
        if (account.lockedAt(now)) {
            long minutes = Math.max(1, Duration.between(now, account.lockedUntil()).toMinutes() + 1);
            throw DomainException.forbidden("ACCOUNT_LOCKED", "连续登录失败次数过多，账号已锁定，请" + minutes + "分钟后再试");
        }
    }

    private Account save(Account read, UnaryOperator<Account> change) {
        Account current = read;
        for (int attempt = 1; ; attempt++) {
            Account changed = change.apply(current);
            try {
                accounts.update(changed);
                return changed;
            } catch (DomainException e) {
                if (!"CONCURRENT_UPDATE".equals(e.code()) || attempt == ATTEMPTS) {
                    throw e;
                }
                current = accounts.find(read.username()).orElseThrow(() -> e);
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(2, 5 + 10L * Math.min(attempt, 5)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
