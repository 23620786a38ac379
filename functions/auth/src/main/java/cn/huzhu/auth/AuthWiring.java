package cn.huzhu.auth;

import java.time.Clock;
import java.time.Duration;

import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.adapter.captcha.CaptchaImage;
import cn.huzhu.adapter.dynamodb.DynamoStores;
import cn.huzhu.api.Env;
import cn.huzhu.app.auth.AuthorizeToken;
import cn.huzhu.app.auth.ChangePassword;
import cn.huzhu.app.auth.CurrentAccount;
import cn.huzhu.app.auth.IssueCaptcha;
import cn.huzhu.app.auth.Login;
import cn.huzhu.app.auth.Logout;
import cn.huzhu.app.auth.TokenService;
import cn.huzhu.app.settings.SettingsAdmin;
import cn.huzhu.domain.account.CaptchaChallenge;
import cn.huzhu.domain.account.PasswordHasher;
import cn.huzhu.domain.account.TokenCodec;

/** Builds the auth function's objects from its environment, once per container. */
final class AuthWiring {
    static final Duration TOKEN_LIFETIME = Duration.ofHours(8);
    static final Duration CAPTCHA_LIFETIME = Duration.ofMinutes(5);

    final TokenService tokens;
    final IssueCaptcha captcha;
    final Login login;
    final ChangePassword changePassword;
    final Logout logout;
    final CurrentAccount currentAccount;
    final SettingsAdmin settings;
    final String defaultOrg;

    AuthWiring(Env env) {
        Clock clock = Clock.systemUTC();
        String secret = env.require("TOKEN_SECRET");
        DynamoStores stores = DynamoStores.create(new AwsSettings(env), clock);
        tokens = tokens(env, clock);
        CaptchaChallenge challenge = new CaptchaChallenge(secret, CAPTCHA_LIFETIME);
        PasswordHasher hasher = PasswordHasher.owasp();
        captcha = new IssueCaptcha(challenge, new CaptchaImage(), clock);
        login = new Login(stores.accounts, hasher, challenge, stores.nonces, stores.settings, tokens, clock);
        changePassword = new ChangePassword(stores.accounts, hasher, tokens, stores.settings, clock);
        logout = new Logout(tokens, stores.revokedSessions);
        currentAccount = new CurrentAccount(stores.accounts);
        settings = new SettingsAdmin(stores.settings);
        defaultOrg = env.get("DEFAULT_ORG_CODE", "1503");
    }

    static TokenService tokens(Env env, Clock clock) {
        return new TokenService(new TokenCodec(env.require("TOKEN_SECRET")), clock, TOKEN_LIFETIME);
    }

    /** The authorizer needs only this: no hashing, no captcha, so its cold start stays short. */
    static AuthorizeToken authorizer(Env env) {
        Clock clock = Clock.systemUTC();
        DynamoStores stores = DynamoStores.create(new AwsSettings(env), clock);
        return new AuthorizeToken(tokens(env, clock), stores.accounts, stores.revokedSessions);
    }
}
