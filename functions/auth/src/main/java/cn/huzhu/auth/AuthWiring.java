package cn.huzhu.auth;

import java.time.Clock;
import java.time.Duration;

import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.adapter.aws.SecretKeyRing;
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
import cn.huzhu.domain.common.KeyRing;

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
        AwsSettings aws = new AwsSettings(env);
        KeyRing keys = tokenKeys(aws);
        DynamoStores stores = DynamoStores.create(aws, clock);
        tokens = new TokenService(new TokenCodec(keys), clock, TOKEN_LIFETIME);
        CaptchaChallenge challenge = new CaptchaChallenge(keys, CAPTCHA_LIFETIME);
        PasswordHasher hasher = PasswordHasher.owasp();
        captcha = new IssueCaptcha(challenge, new CaptchaImage(), clock);
        login = new Login(stores.accounts, hasher, challenge, stores.nonces, stores.settings, tokens, clock);
        changePassword = new ChangePassword(stores.accounts, hasher, tokens, stores.settings, clock);
        logout = new Logout(tokens, stores.revokedSessions);
        currentAccount = new CurrentAccount(stores.accounts);
        settings = new SettingsAdmin(stores.settings);
        defaultOrg = env.get("DEFAULT_ORG_CODE", "1503");
    }

    private static KeyRing tokenKeys(AwsSettings aws) {
        return SecretKeyRing.of(aws, "TOKEN_KEYS", "the token key ring");
    }

    /** The authorizer needs only this: no hashing, no captcha, so its cold start stays short. */
    static AuthorizeToken authorizer(Env env) {
        Clock clock = Clock.systemUTC();
        AwsSettings aws = new AwsSettings(env);
        DynamoStores stores = DynamoStores.create(aws, clock);
        return new AuthorizeToken(new TokenService(new TokenCodec(tokenKeys(aws)), clock, TOKEN_LIFETIME), stores.accounts,
                stores.revokedSessions);
    }
}
