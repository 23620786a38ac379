package cn.huzhu.adapter.dynamodb;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.huzhu.app.port.RevokedSessions;

/** Ended sessions: PK SESSION#id, SK REVOKED, with the instant after which the token is dead anyway. */
public final class DynamoRevokedSessions implements RevokedSessions {
    private final DynamoTable table;

    public DynamoRevokedSessions(DynamoTable table) {
        this.table = table;
    }

    record RevokedItem(@JsonProperty("PK") String pk, @JsonProperty("SK") String sk, String expiresAt) {
    }

    @Override
    public void revoke(String sessionId, Instant tokenExpiresAt) {
        table.put(new RevokedItem("SESSION#" + sessionId, "REVOKED", tokenExpiresAt.toString()));
    }

    @Override
    public boolean revoked(String sessionId) {
        return table.get("SESSION#" + sessionId, "REVOKED", RevokedItem.class).isPresent();
    }
}
