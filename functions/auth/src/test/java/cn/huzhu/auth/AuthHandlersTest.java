package cn.huzhu.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.adapter.dynamodb.DynamoStores;
import cn.huzhu.api.Env;
import cn.huzhu.api.Json;
import cn.huzhu.domain.account.Account;
import cn.huzhu.domain.account.CaptchaChallenge;
import cn.huzhu.domain.account.PasswordHasher;
import cn.huzhu.domain.account.Role;
import cn.huzhu.testing.Events;
import cn.huzhu.testing.TestAws;

/** The auth function and the authorizer, invoked with the events/ fixtures against the emulators. */
class AuthHandlersTest {
    private static final Env AUTH_ENV = TestAws.function("AuthFunction");
    private static final AuthApiHandler AUTH = new AuthApiHandler(AUTH_ENV);
    private static final TokenAuthorizerHandler AUTHORIZER = new TokenAuthorizerHandler(TestAws.function("AuthorizerFunction"));
    private static final DynamoStores STORES = DynamoStores.create(new AwsSettings(TestAws.all()), Clock.systemUTC());
    private static final CaptchaChallenge CAPTCHA = new CaptchaChallenge(TestAws.keys("TOKEN_KEYS"),
            AuthWiring.CAPTCHA_LIFETIME);

    private static String newAccount(String password) {
        String username = "t" + UUID.randomUUID().toString().substring(0, 8);
        STORES.accounts.create(Account.create(username, "测试单位", Role.UNIT, "unit-" + username, "1503",
                PasswordHasher.owasp().hash(password), false));
        return username;
    }

    private static JsonNode login(String username, String password) {
        JsonNode captcha = Events.body(Events.invoke(AUTH, Events.api("GET /api/auth/captcha", java.util.Map.of(), null, null)));
        assertThat(captcha.path("image").asText()).startsWith("data:image/png;base64,");
        String answer = CAPTCHA.answerOf(captcha.path("captchaId").asText(), Instant.now()).orElseThrow();
        return loginWith(username, password, captcha.path("captchaId").asText(), answer);
    }

    private static JsonNode loginWith(String username, String password, String captchaId, String answer) {
        ObjectNode event = Events.load("api-login.json");
        event.put("body", Json.write(java.util.Map.of("username", username, "password", password, "captchaId", captchaId,
                "captchaAnswer", answer)));
        return Events.invoke(AUTH, event);
    }

    private static JsonNode authorize(String token) {
        return Events.invoke(AUTHORIZER, Events.authorizer(token));
    }

    @Test
    void aTokenFromLoginPassesTheAuthorizerWithTheCallerInItsContext() {
        String username = newAccount("Secret123");
        JsonNode response = login(username, "Secret123");
        assertThat(response.path("statusCode").asInt()).isEqualTo(200);
        JsonNode session = Events.body(response);
        assertThat(session.path("role").asText()).isEqualTo("UNIT");
        JsonNode decision = authorize(session.path("token").asText());
        assertThat(decision.path("isAuthorized").asBoolean()).isTrue();
        assertThat(decision.path("context").path("username").asText()).isEqualTo(username);
        assertThat(decision.path("context").path("unitId").asText()).isEqualTo("unit-" + username);
        assertThat(authorize(session.path("token").asText() + "x").path("isAuthorized").asBoolean()).isFalse();
        assertThat(authorize("garbage").path("isAuthorized").asBoolean()).isFalse();
    }

    private static String newCaptcha() {
        return Events.body(Events.invoke(AUTH, Events.api("GET /api/auth/captcha", java.util.Map.of(), null, null)))
                .path("captchaId").asText();
    }

    @Test
    void aCaptchaIsGoodForOneAttemptRightOrWrong() {
        String username = newAccount("Secret123");
        String id = newCaptcha();
        String answer = CAPTCHA.answerOf(id, Instant.now()).orElseThrow();
        String wrong = answer.equals("3333") ? "4444" : "3333";
        JsonNode refused = loginWith(username, "Secret123", id, wrong);
        assertThat(refused.path("statusCode").asInt()).isEqualTo(400);
        assertThat(Events.body(refused).path("code").asText()).isEqualTo("CAPTCHA_WRONG");
        assertThat(Events.body(loginWith(username, "Secret123", id, answer)).path("code").asText()).isEqualTo("CAPTCHA_WRONG");
        String fresh = newCaptcha();
        String right = CAPTCHA.answerOf(fresh, Instant.now()).orElseThrow();
        assertThat(loginWith(username, "Secret123", fresh, right).path("statusCode").asInt()).isEqualTo(200);
        assertThat(Events.body(loginWith(username, "Secret123", fresh, right)).path("code").asText()).isEqualTo("CAPTCHA_WRONG");
    }

    @Test
    void logoutEndsThatLoginOnTheServerAndLeavesOthers() {
        String username = newAccount("Secret123");
        String first = Events.body(login(username, "Secret123")).path("token").asText();
        String second = Events.body(login(username, "Secret123")).path("token").asText();
        var caller = new cn.huzhu.domain.account.Caller(username, Role.UNIT, "unit-" + username, "1503");
        var event = Events.api("POST /api/auth/logout", java.util.Map.of(), caller, java.util.Map.of());
        event.putObject("headers").put("authorization", "Bearer " + first);
        JsonNode out = Events.invoke(AUTH, event);
        assertThat(out.path("statusCode").asInt()).isEqualTo(204);
        assertThat(authorize(first).path("isAuthorized").asBoolean()).isFalse();
        assertThat(authorize(second).path("isAuthorized").asBoolean()).isTrue();
    }

    @Test
    void repeatedWrongPasswordsLockTheAccount() {
        String username = newAccount("Secret123");
        for (int i = 0; i < 4; i++) {
            JsonNode wrong = login(username, "Wrong1234");
            assertThat(wrong.path("statusCode").asInt()).isEqualTo(401);
            assertThat(Events.body(wrong).path("message").asText()).isEqualTo("账号或密码错误");
        }
        JsonNode fifth = login(username, "Wrong1234");
        assertThat(fifth.path("statusCode").asInt()).isEqualTo(403);
        assertThat(Events.body(fifth).path("code").asText()).isEqualTo("ACCOUNT_LOCKED");
        JsonNode evenRight = login(username, "Secret123");
        assertThat(Events.body(evenRight).path("code").asText()).isEqualTo("ACCOUNT_LOCKED");
        assertThat(Events.body(login("nobody-" + username, "Secret123")).path("code").asText()).isEqualTo("BAD_CREDENTIALS");
    }

    @Test
    void aPasswordChangeRevokesEarlierTokensAndResetsForceAChange() {
        String username = newAccount("Secret123");
        String token = Events.body(login(username, "Secret123")).path("token").asText();
        var caller = new cn.huzhu.domain.account.Caller(username, Role.UNIT, "unit-" + username, "1503");
        JsonNode weak = Events.invoke(AUTH, Events.api("POST /api/auth/password", java.util.Map.of(), caller,
                java.util.Map.of("currentPassword", "Secret123", "newPassword", "short")));
        assertThat(Events.body(weak).path("code").asText()).isEqualTo("PASSWORD_WEAK");
        JsonNode changed = Events.invoke(AUTH, Events.api("POST /api/auth/password", java.util.Map.of(), caller,
                java.util.Map.of("currentPassword", "Secret123", "newPassword", "Better456")));
        assertThat(changed.path("statusCode").asInt()).isEqualTo(200);
        assertThat(authorize(token).path("isAuthorized").asBoolean()).isFalse();
        assertThat(authorize(Events.body(changed).path("token").asText()).path("isAuthorized").asBoolean()).isTrue();

        Account account = STORES.accounts.find(username).orElseThrow();
        STORES.accounts.update(account.passwordReset(PasswordHasher.owasp().hash("Temp12345")));
        JsonNode afterReset = Events.body(login(username, "Temp12345"));
        assertThat(afterReset.path("mustChangePassword").asBoolean()).isTrue();
        assertThat(authorize(afterReset.path("token").asText()).path("context").path("mustChangePassword").asBoolean()).isTrue();
    }

    @Test
    void aDisabledAccountCannotLogInAndItsTokensStop() {
        String username = newAccount("Secret123");
        String token = Events.body(login(username, "Secret123")).path("token").asText();
        STORES.accounts.update(STORES.accounts.find(username).orElseThrow().disabled(true));
        assertThat(authorize(token).path("isAuthorized").asBoolean()).isFalse();
        assertThat(Events.body(login(username, "Secret123")).path("code").asText()).isEqualTo("ACCOUNT_DISABLED");
    }

    @Test
    void theContactsPageIsPublic() {
        JsonNode contacts = Events.body(Events.invoke(AUTH, Events.api("GET /api/contacts", java.util.Map.of(), null, null)));
        assertThat(contacts.path("contacts").toString()).contains("82898956");
        assertThat(contacts.path("districtOffices")).hasSize(12);
    }
}
