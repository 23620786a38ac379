package cn.huzhu.adapter.dynamodb;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.huzhu.app.port.IdempotencyStore;
import cn.huzhu.app.port.Superseded;
import cn.huzhu.domain.common.DomainException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Idempotency records: PK IDEMP#key, created by conditional write; a stale IN_PROGRESS claim can be taken over. Each
 * claim names its holder by a random token, and every later write of the holder is conditional on it: heartbeats from
 * several threads of one holder are each one conditional update (they cannot take each other for a takeover), and a
 * superseded holder's heartbeat, completion or release finds another token and changes nothing.
 */
public final class DynamoIdempotencyStore implements IdempotencyStore {
    private static final String SK = "IDEMP";
    private static final String IN_PROGRESS = "IN_PROGRESS";

    private final DynamoTable table;
    private final Clock clock;

    public DynamoIdempotencyStore(DynamoTable table, Clock clock) {
        this.table = table;
        this.clock = clock;
    }

    /** {@code version} grows with each write, so a takeover decided on a read fails when the holder showed life since. */
    record ClaimItem(@JsonProperty("PK") String pk, @JsonProperty("SK") String sk, String status, String claimedAt,
            Long version, String holder) {
    }

    @Override
    public Claimed claim(String key, Duration staleAfter) {
        String pk = "IDEMP#" + key;
        Instant now = clock.instant();
        String holder = UUID.randomUUID().toString();
        if (table.insert(new ClaimItem(pk, SK, IN_PROGRESS, now.toString(), 1L, holder))) {
            return acquired(key, holder);
        }
        ClaimItem stored = table.get(pk, SK, ClaimItem.class).orElseThrow();
        if ("DONE".equals(stored.status())) {
            return Claimed.not(Claim.ALREADY_DONE);
        }
        boolean stale = "RELEASED".equals(stored.status())
                || Instant.parse(stored.claimedAt()).plus(staleAfter).isBefore(now);
        if (!stale) {
            return Claimed.not(Claim.IN_PROGRESS);
        }
        try {
            table.putVersioned(new ClaimItem(pk, SK, IN_PROGRESS, now.toString(), stored.version() + 1, holder),
                    stored.version());
            return acquired(key, holder);
        } catch (DomainException takenMeanwhile) {
            return Claimed.not(Claim.IN_PROGRESS);
        }
    }

    private Claimed acquired(String key, String holder) {
        return new Claimed(Claim.ACQUIRED, new Held() {
            @Override
            public void heartbeat() {
                if (!holderSets(key, holder, "claimedAt", clock.instant().toString())) {
                    throw new Superseded("claim " + key);
                }
            }

            @Override
            public void complete() {
                if (!holderSets(key, holder, "status", "DONE")) {
                    throw new Superseded("claim " + key);
                }
            }

            @Override
            public void release() {
                holderSets(key, holder, "status", "RELEASED");
            }
        });
    }

    /** Sets one attribute and counts the write, while the claim is in progress and this holder's; false when not. */
    private boolean holderSets(String key, String holder, String attribute, String value) {
        // each attribute named once: "status" is both set and checked when the claim completes or is released
        Map<String, String> names = new HashMap<>(Map.of("#v", "version", "#status", "status", "#holder", "holder"));
        names.put("#" + attribute, attribute);
        return table.update("IDEMP#" + key, SK, "SET #" + attribute + " = :value ADD #v :one",
                "#status = :progress AND #holder = :holder", names,
                Map.of(":value", AttributeValue.fromS(value), ":one", AttributeValue.fromN("1"),
                        ":progress", AttributeValue.fromS(IN_PROGRESS), ":holder", AttributeValue.fromS(holder)));
    }
}
