package cn.huzhu.api;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import org.crac.Core;
import org.crac.Resource;

import cn.huzhu.adapter.aws.Configured;

import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.common.DomainException;

/**
 * The base of every HTTP API function: decodes the event, checks the caller's role for the matched route, calls the
 * route and encodes the answer. A subclass only lists its routes, built once per container.
 *
 * <p>Before a SnapStart snapshot is taken the function primes itself ({@link #prime()}): a request to no route runs
 * through decoding, routing and encoding, so a restored container does not load and JIT those classes on its first
 * call. Priming never touches storage. Without SnapStart the hook is never called.
 */
public abstract class ApiFunction<W> implements RequestStreamHandler, Resource {
    private static final Log LOG = Log.of(ApiFunction.class);
    private static final String PRIMING_EVENT = """
            {"version":"2.0","routeKey":"GET /api/priming","rawPath":"/api/priming","headers":{"accept":"application/json"},
             "requestContext":{"requestId":"priming","http":{"method":"GET","path":"/api/priming"}}}""";

    private final Configured<Wired<W>> wired;

    /** The function's objects and the routes that use them, built together. */
    private record Wired<W>(W wiring, Map<String, Route> routes) {
    }

    /**
     * @param wiring the function's objects, built from its configuration: once per container, and again when the
     *     stack's runtime configuration changes
     * @param routes the routes, using those objects
     */
    protected ApiFunction(Env env, Function<Env, W> wiring, Function<W, List<Route>> routes) {
        this.wired = new Configured<>(env, config -> {
            W built = wiring.apply(config);
            return new Wired<>(built, index(routes.apply(built)));
        });
        // the handler is held by the runtime for the container's life, so the context's reference to it stays valid
        Core.getGlobalContext().register(this);
    }

    private static Map<String, Route> index(List<Route> routes) {
        Map<String, Route> byKey = new LinkedHashMap<>();
        routes.forEach(route -> {
            if (byKey.putIfAbsent(route.routeKey(), route) != null) {
                throw new IllegalStateException("route declared twice: " + route.routeKey());
            }
        });
        return byKey;
    }

    @Override
    public final void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        prime();
    }

    @Override
    public final void afterRestore(org.crac.Context<? extends Resource> context) {
        // clients resolve credentials and connections on use; the configuration may have changed since the snapshot
        wired.checkNow();
    }

    /** Runs one request to no route through the whole handler; a subclass adds its own warm-up and calls this. */
    protected void prime() {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        try {
            handleRequest(new ByteArrayInputStream(PRIMING_EVENT.getBytes(StandardCharsets.UTF_8)), answer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int status = Json.tree(new ByteArrayInputStream(answer.toByteArray())).path("statusCode").asInt();
        if (status != 404) {
            throw new IllegalStateException("priming answered " + status + " instead of 404");
        }
    }

    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        HttpResponse response = handle(HttpRequest.fromEvent(Json.tree(input)));
        Json.write(output, response);
    }

    public HttpResponse handle(HttpRequest request) {
        Log.requestId(request.requestId());
        try {
            Route route = wired.get().routes().get(request.routeKey());
            if (route == null) {
                return HttpResponse.error(404, "ROUTE_NOT_FOUND", "接口不存在：" + request.routeKey(), null, request.requestId());
            }
            return route.action().handle(request, authorize(route, request));
        } catch (DomainException e) {
            return HttpResponse.error(status(e.kind()), e.code(), e.getMessage(), e.details().isEmpty() ? null : e.details(),
                    request.requestId());
        } catch (RuntimeException e) {
            LOG.error("request failed", e, "route", request.routeKey());
            return HttpResponse.error(500, "INTERNAL_ERROR", "系统繁忙，请稍后再试", null, request.requestId());
        } finally {
            Log.requestId(null);
        }
    }

    private static Caller authorize(Route route, HttpRequest request) {
        if (route.isPublic()) {
            return null;
        }
        Caller caller = request.caller().orElseThrow(() -> DomainException.unauthenticated("NOT_LOGGED_IN", "请先登录"));
        if (!route.roles().contains(caller.role())) {
            throw DomainException.forbidden("ROLE_NOT_ALLOWED", "当前账号（" + caller.role().label() + "）无权使用此功能");
        }
        if (request.mustChangePassword() && !route.beforePasswordChange()) {
            throw DomainException.forbidden("PASSWORD_CHANGE_REQUIRED", "密码已被重置，请先修改密码");
        }
        return caller;
    }

    static int status(DomainException.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_MANY_REQUESTS -> 429;
        };
    }

    /** The route keys this function serves; a test compares them with template.yaml. */
    public Set<String> routeKeys() {
        return wired.get().routes().keySet();
    }

    /** The function's objects as currently built. */
    protected W wiring() {
        return wired.get().wiring();
    }
}
