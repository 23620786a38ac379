package cn.huzhu.app.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import cn.huzhu.api.Log;
import cn.huzhu.app.port.AccountStore;
import cn.huzhu.app.port.SettingsStore;
import cn.huzhu.app.port.UsedNonces;
import cn.huzhu.domain.account.Account;
import cn.huzhu.domain.account.CaptchaChallenge;
import cn.huzhu.domain.account.PasswordHasher;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.settings.Settings;

/**
 * Login with account, password and captcha. Wrong passwords count towards a lockout, every one of them however many
 * arrive at once; a missing account costs the same hashing time as a wrong password, so timing does not tell which
 * accounts exist.
 */
public final class Login {
    private static final Log LOG = Log.of(Login.class);

    private final AccountStore accounts;
    private final PasswordHasher hasher;
    private final CaptchaCheck captcha;
    private final SettingsStore settings;
    private final TokenService tokens;
    private final Clock clock;
    private final LoginAttempts attempts;
    private volatile String decoyHash;

    public record Request(String username, String password, String captchaId, String captchaAnswer) {
    }

    public record Result(String token, Account account) {
    }

    public Login(AccountStore accounts, PasswordHasher hasher, CaptchaChallenge captcha, UsedNonces usedNonces,
            SettingsStore settings, TokenService tokens, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.captcha = new CaptchaCheck(captcha, usedNonces);
        this.settings = settings;
        this.tokens = tokens;
        this.clock = clock;
        this.attempts = new LoginAttempts(accounts, settings, clock);
    }

    /**
     * A hash to check a missing account's password against, so a missing account costs the same time as a wrong
     * password. Made on first need rather than at start: hashing is slow on purpose and must not lengthen cold starts.
     */
    private String decoyHash() {
        String hash = decoyHash;
        if (hash == null) {
            hash = hasher.hash("decoy-password-for-missing-accounts");
            decoyHash = hash;
        }
        return hash;
    }

    /** Makes the decoy hash now: for a SnapStart snapshot, where it costs nothing on any cold start. */
    public void prime() {
        decoyHash();
    }

    public Result login(Request request) {
        Instant now = clock.instant();
        captcha.require(request.captchaId(), request.captchaAnswer(), now);
        String username = request.username() == null ? "" : request.username().trim();
        String password = request.password() == null ? "" : request.password();
        Optional<Account> found = username.isEmpty() ? Optional.empty() : accounts.find(username);
        if (found.isEmpty()) {
            hasher.matches(password, decoyHash());
            throw wrongCredentials();
        }
        Account account = found.get();
        if (account.lockedAt(now) && !account.disabled()) {
            attempts.failed(account);
        }
        LoginAttempts.refuseLockedOrDisabled(account, now);
        if (!hasher.matches(password, account.passwordHash())) {
            Account counted = attempts.failed(account);
            if (counted.lockedUntil() != null && counted.lockedAt(clock.instant())) {
                Settings.Limits limits = settings.get(account.orgCode()).limits();
                throw DomainException.forbidden("ACCOUNT_LOCKED", "连续登录失败" + limits.loginMaxAttempts() + "次，账号已锁定"
                        + limits.lockMinutes() + "分钟");
            }
            throw wrongCredentials();
        }
        Account loggedIn = attempts.succeeded(account, current -> hasher.isOutdated(current.passwordHash())
                ? current.rehashed(hasher.hash(password)) : current);
        LOG.info("login", "username", account.username(), "role", account.role().name());
        return new Result(tokens.issue(loggedIn), loggedIn);
    }

    private static DomainException wrongCredentials() {
        return DomainException.unauthenticated("BAD_CREDENTIALS", "账号或密码错误");
    }
}
