package cn.huzhu.app.auth;

import java.time.Clock;
import java.time.Duration;
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
 * Login with account, password and captcha. Wrong passwords count towards a lockout; a missing account costs the
 * same hashing time as a wrong password, so timing does not tell which accounts exist.
 */
public final class Login {
    private static final Log LOG = Log.of(Login.class);

    private final AccountStore accounts;
    private final PasswordHasher hasher;
    private final CaptchaChallenge captcha;
    private final UsedNonces usedNonces;
    private final SettingsStore settings;
    private final TokenService tokens;
    private final Clock clock;
    private final String decoyHash;

    public record Request(String username, String password, String captchaId, String captchaAnswer) {
    }

    public record Result(String token, Account account) {
    }

    public Login(AccountStore accounts, PasswordHasher hasher, CaptchaChallenge captcha, UsedNonces usedNonces,
            SettingsStore settings, TokenService tokens, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.captcha = captcha;
        this.usedNonces = usedNonces;
        this.settings = settings;
        this.tokens = tokens;
        this.clock = clock;
        this.decoyHash = hasher.hash("decoy-password-for-missing-accounts");
    }

    public Result login(Request request) {
        Instant now = clock.instant();
        checkCaptcha(request, now);
        String username = request.username() == null ? "" : request.username().trim();
        Optional<Account> found = username.isEmpty() ? Optional.empty() : accounts.find(username);
        if (found.isEmpty()) {
            hasher.matches(request.password() == null ? "" : request.password(), decoyHash);
            throw wrongCredentials();
        }
        Account account = found.get();
        if (account.disabled()) {
            throw DomainException.forbidden("ACCOUNT_DISABLED", "账号已停用，请联系办事处");
        }
        if (account.lockedAt(now)) {
            long minutes = Math.max(1, Duration.between(now, account.lockedUntil()).toMinutes() + 1);
            throw DomainException.forbidden("ACCOUNT_LOCKED", "连续登录失败次数过多，账号已锁定，请" + minutes + "分钟后再试");
        }
        if (!hasher.matches(request.password() == null ? "" : request.password(), account.passwordHash())) {
            recordFailure(account, now);
            throw wrongCredentials();
        }
        Account loggedIn = account.succeededLogin();
        if (hasher.isOutdated(account.passwordHash())) {
            loggedIn = loggedIn.rehashed(hasher.hash(request.password()));
        }
        if (!loggedIn.equals(account)) {
            accounts.update(loggedIn);
        }
        LOG.info("login", "username", account.username(), "role", account.role().name());
        return new Result(tokens.issue(loggedIn), loggedIn);
    }

    private void checkCaptcha(Request request, Instant now) {
        Optional<String> nonce = captcha.verify(request.captchaId(), request.captchaAnswer(), now);
        if (nonce.isEmpty() || !usedNonces.useOnce(nonce.get(), now.plus(captcha.lifetime()))) {
            throw DomainException.invalid("CAPTCHA_WRONG", "验证码错误或已过期，请重新输入");
        }
    }

    private void recordFailure(Account account, Instant now) {
        Settings.Limits limits = settings.get(account.orgCode()).limits();
        Account failed = account.failedLogin(now, limits.loginMaxAttempts(), Duration.ofMinutes(limits.lockMinutes()));
        accounts.update(failed);
        LOG.warn("login failed", "username", account.username(), "locked", failed.lockedUntil() != null);
        if (failed.lockedUntil() != null) {
            throw DomainException.forbidden("ACCOUNT_LOCKED", "连续登录失败" + limits.loginMaxAttempts() + "次，账号已锁定"
                    + limits.lockMinutes() + "分钟");
        }
    }

    private static DomainException wrongCredentials() {
        return DomainException.unauthenticated("BAD_CREDENTIALS", "账号或密码错误");
    }
}
