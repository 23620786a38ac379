package cn.huzhu.app.auth;

import cn.huzhu.api.Log;
import cn.huzhu.app.port.RevokedSessions;

/** 退出登录: the token in hand stops working at once, on the server, not only in the browser. */
public final class Logout {
    private static final Log LOG = Log.of(Logout.class);

    private final TokenService tokens;
    private final RevokedSessions revoked;

    public Logout(TokenService tokens, RevokedSessions revoked) {
        this.tokens = tokens;
        this.revoked = revoked;
    }

    public void logout(String authorizationHeader) {
        tokens.read(authorizationHeader).ifPresent(claims -> {
            revoked.revoke(claims.sessionId(), claims.expiresAt());
            LOG.info("logout", "username", claims.username());
        });
    }
}
