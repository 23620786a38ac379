package cn.huzhu.app.port;

import java.time.Instant;

/** Logins ended by 退出登录 before their tokens expire. */
public interface RevokedSessions {
    /** Ends the session; kept until its token would have expired anyway. */
    void revoke(String sessionId, Instant tokenExpiresAt);

    boolean revoked(String sessionId);
}
