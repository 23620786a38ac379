package cn.huzhu.adapter.dynamodb;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.huzhu.app.port.IdempotencyStore;
import cn.huzhu.app.port.Superseded;
import cn.huzhu.domain.common.DomainException;

/** Idempotency records: PK IDEMP#key, created by conditional write; a stale IN_PROGRESS claim can be taken over. */
public final class DynamoIdempotencyStore implements IdempotencyStore {
    private final DynamoTable table;
    private final Clock clock;

    public DynamoIdempotencyStore(DynamoTable table, Clock clock) {
        this.table = table;
        this.clock = clock;
    }

    record ClaimItem(@JsonProperty("PK") String pk, @JsonProperty("SK") String sk, String status, String claimedAt,
            Long version) {
    }

    @Override
    public Claim claim(String key, Duration staleAfter) {
        String pk = "IDEMP#" + key;
        Instant now = clock.instant();
        if (table.insert(new ClaimItem(pk, "IDEMP", "IN_PROGRESS", now.toString(), 1L))) {
            return Claim.ACQUIRED;
        }
        ClaimItem stored = table.get(pk, "IDEMP", ClaimItem.class).orElseThrow();
        if ("DONE".equals(stored.status())) {
            return Claim.ALREADY_DONE;
        }
        boolean stale = "RELEASED".equals(stored.status())
                || Instant.parse(stored.claimedAt()).plus(staleAfter).isBefore(now);
        if (!stale) {
            return Claim.IN_PROGRESS;
        }
        try {
            table.putVersioned(new ClaimItem(pk, "IDEMP", "IN_PROGRESS", now.toString(), stored.version() + 1),
                    stored.version());
            return Claim.ACQUIRED;
        } catch (DomainException takenMeanwhile) {
            return Claim.IN_PROGRESS;
        }
    }

    /** Refreshes the claim; a holder whose claim was taken over meanwhile learns it here ({@link Superseded}). */
    @Override
    public void heartbeat(String key) {
        String pk = "IDEMP#" + key;
        ClaimItem stored = table.get(pk, "IDEMP", ClaimItem.class).filter(item -> "IN_PROGRESS".equals(item.status()))
                .orElseThrow(() -> new Superseded("claim " + key));
        try {
            table.putVersioned(new ClaimItem(pk, "IDEMP", "IN_PROGRESS", clock.instant().toString(),
                    stored.version() + 1), stored.version());
        } catch (DomainException takenOver) {
            throw new Superseded("claim " + key);
        }
    }

    @Override
    public void complete(String key) {
        mark(key, "DONE");
    }

    @Override
    public void release(String key) {
        mark(key, "RELEASED");
    }

    private void mark(String key, String status) {
        String pk = "IDEMP#" + key;
        table.get(pk, "IDEMP", ClaimItem.class).ifPresent(stored -> table.put(
                new ClaimItem(pk, "IDEMP", status, stored.claimedAt(), stored.version() + 1)));
    }
}
