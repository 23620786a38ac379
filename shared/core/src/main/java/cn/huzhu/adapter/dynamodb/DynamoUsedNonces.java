package cn.huzhu.adapter.dynamodb;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.huzhu.app.port.UsedNonces;

/** Used one-time values: PK NONCE#value, written once by a conditional put. */
public final class DynamoUsedNonces implements UsedNonces {
    private final DynamoTable table;

    public DynamoUsedNonces(DynamoTable table) {
        this.table = table;
    }

    record NonceItem(@JsonProperty("PK") String pk, @JsonProperty("SK") String sk, String expiresAt) {
    }

    @Override
    public boolean useOnce(String nonce, Instant expiresAt) {
        return table.insert(new NonceItem("NONCE#" + nonce, "NONCE", expiresAt.toString()));
    }
}
