package cn.huzhu.auth;

import java.util.List;
import java.util.Set;

import cn.huzhu.api.ApiFunction;
import cn.huzhu.api.Env;
import cn.huzhu.api.HttpResponse;
import cn.huzhu.api.Route;
import cn.huzhu.app.auth.Login;
import cn.huzhu.domain.account.Account;
import cn.huzhu.domain.account.Role;

/** Captcha, login, password change, the caller's own profile, and the public contacts page. */
public final class AuthApiHandler extends ApiFunction<AuthWiring> {
    private static final Set<Role> ANYONE = Set.of(Role.values());

    record PasswordChange(String currentPassword, String newPassword) {
    }

    /** What the browser keeps after login. */
    record Session(String token, String username, String displayName, String role, String roleLabel, String unitId,
            String orgCode, boolean mustChangePassword) {
        static Session of(String token, Account a) {
            return new Session(token, a.username(), a.displayName(), a.role().name(), a.role().label(), a.unitId(),
                    a.orgCode(), a.mustChangePassword());
        }
    }

    public AuthApiHandler() {
        this(Env.system());
    }

    public AuthApiHandler(Env env) {
        super(env, AuthWiring::new, AuthApiHandler::routes);
    }

    private static List<Route> routes(AuthWiring w) {
        return List.of(
                Route.publicRoute("GET /api/auth/captcha", (request, caller) -> HttpResponse.ok(w.captcha.issue())),
                Route.publicRoute("POST /api/auth/login", (request, caller) -> {
                    Login.Result result = w.login.login(request.body(Login.Request.class));
                    return HttpResponse.ok(Session.of(result.token(), result.account()));
                }),
                Route.publicRoute("GET /api/contacts", (request, caller) ->
                        HttpResponse.ok(w.settings.contacts(request.query("org").orElse(w.defaultOrg)))),
                Route.beforePasswordChange("GET /api/auth/me", ANYONE, (request, caller) ->
                        HttpResponse.ok(Session.of(null, w.currentAccount.of(caller)))),
                Route.beforePasswordChange("POST /api/auth/logout", ANYONE, (request, caller) -> {
                    w.logout.logout(request.header("authorization").orElse(null));
                    return HttpResponse.noContent();
                }),
                Route.beforePasswordChange("POST /api/auth/password", ANYONE, (request, caller) -> {
                    PasswordChange change = request.body(PasswordChange.class);
                    Login.Result result = w.changePassword.change(caller, change.currentPassword(), change.newPassword());
                    return HttpResponse.ok(Session.of(result.token(), result.account()));
                }));
    }

    /** Before a snapshot, also the slow decoy hash, which otherwise lands on the first login to a missing account. */
    @Override
    protected void prime() {
        super.prime();
        wiring().login.prime();
    }
}
