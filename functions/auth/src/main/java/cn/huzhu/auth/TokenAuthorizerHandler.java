package cn.huzhu.auth;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.adapter.aws.Configured;
import cn.huzhu.api.Env;
import cn.huzhu.api.Json;
import cn.huzhu.app.auth.AuthorizeToken;
import cn.huzhu.domain.account.TokenClaims;

/**
 * The HTTP API Lambda authorizer (payload format 2.0, simple responses): allows a request whose bearer token is
 * genuine and current, and hands the caller to the route's function in the request context.
 */
public final class TokenAuthorizerHandler implements RequestStreamHandler {
    private final Configured<AuthorizeToken> authorize;

    public TokenAuthorizerHandler() {
        this(Env.system());
    }

    public TokenAuthorizerHandler(Env env) {
        this.authorize = new Configured<>(env, AuthWiring::authorizer);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Json.write(output, decide(Json.tree(input)));
    }

    Map<String, Object> decide(JsonNode event) {
        String header = event.path("headers").path("authorization").asText(null);
        if (header == null && event.path("identitySource").isArray() && !event.path("identitySource").isEmpty()) {
            header = event.path("identitySource").get(0).asText(null);
        }
        Optional<TokenClaims> claims = authorize.get().authorize(header);
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("isAuthorized", claims.isPresent());
        claims.ifPresent(c -> {
            Map<String, Object> caller = new LinkedHashMap<>();
            caller.put("username", c.username());
            caller.put("role", c.role().name());
            caller.put("unitId", c.unitId() == null ? "" : c.unitId());
            caller.put("orgCode", c.orgCode());
            caller.put("mustChangePassword", c.mustChangePassword());
            response.put("context", caller);
        });
        return response;
    }
}
