package cn.huzhu.domain.account;

import java.time.Instant;

/** What a signed token says about its holder. */
public record TokenClaims(String username, Role role, String unitId, String orgCode, int generation,
        boolean mustChangePassword, Instant expiresAt) {

    public Caller caller() {
        return new Caller(username, role, unitId, orgCode);
    }
}
