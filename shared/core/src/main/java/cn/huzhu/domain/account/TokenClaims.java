package cn.huzhu.domain.account;

import java.time.Instant;

/**
 * What a signed token says about its holder.
 *
 * @param sessionId names this login, so 退出登录 can end it on the server without ending the holder's other logins
 */
public record TokenClaims(String username, Role role, String unitId, String orgCode, int generation,
        boolean mustChangePassword, Instant expiresAt, String sessionId) {

    public Caller caller() {
        return new Caller(username, role, unitId, orgCode);
    }
}
