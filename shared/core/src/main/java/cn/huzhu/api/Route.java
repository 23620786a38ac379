package cn.huzhu.api;

import java.util.Set;

import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.account.Role;

/**
 * One HttpApi route of a function: its route key exactly as in template.yaml ("GET /api/enrollments/{id}"), the roles
 * that may call it (empty for public routes), and what it does.
 */
public record Route(String routeKey, Set<Role> roles, Action action, boolean beforePasswordChange) {

    @FunctionalInterface
    public interface Action {
        HttpResponse handle(HttpRequest request, Caller caller);
    }

    public static Route publicRoute(String routeKey, Action action) {
        return new Route(routeKey, Set.of(), action, true);
    }

    public static Route of(String routeKey, Role role, Action action) {
        return new Route(routeKey, Set.of(role), action, false);
    }

    public static Route of(String routeKey, Set<Role> roles, Action action) {
        return new Route(routeKey, roles, action, false);
    }

    /** A route a caller may use while a reset password still has to be changed (e.g. changing it). */
    public static Route beforePasswordChange(String routeKey, Set<Role> roles, Action action) {
        return new Route(routeKey, roles, action, true);
    }

    public boolean isPublic() {
        return roles.isEmpty();
    }
}
