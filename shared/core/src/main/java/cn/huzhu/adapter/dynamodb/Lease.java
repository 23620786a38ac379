package cn.huzhu.adapter.dynamodb;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.huzhu.app.Ids;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One writer at a time across every container, for work that reads and then writes many items (a confirmation's
 * coverage): an item taken with a conditional write, lapsing after {@link #TERM} so a dead holder cannot block the
 * others for long, given back when the work ends. Work that found itself slower than half the term stops before it
 * writes, so a holder whose term may have lapsed never writes over the next one's.
 */
final class Lease {
    static final Duration TERM = Duration.ofSeconds(60);
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final DynamoTable table;
    private final String name;
    private final ThreadLocal<Long> takenAt = new ThreadLocal<>();

    record LeaseItem(@JsonProperty("PK") String pk, @JsonProperty("SK") String sk, String owner, long expiresAt) {
    }

    Lease(DynamoTable table, String name) {
        this.table = table;
        this.name = name;
    }

    /** Runs the work holding the lease; waits up to {@link #WAIT} for another holder, then gives up. */
    void hold(Runnable work) {
        String owner = new Ids(java.time.Clock.systemUTC()).token();
        take(owner);
        takenAt.set(System.currentTimeMillis());
        try {
            work.run();
        } finally {
            takenAt.remove();
            table.deleteIf("LEASE#" + name, "LEASE", "#owner = :owner", Map.of("#owner", "owner"),
                    Map.of(":owner", AttributeValue.fromS(owner)));
        }
    }

    /** Refuses to go on when the work has held the lease for half its term: it may lapse before a write lands. */
    void stillHeld() {
        Long since = takenAt.get();
        if (since == null || System.currentTimeMillis() - since > TERM.toMillis() / 2) {
            throw new IllegalStateException("the " + name + " lease was held too long to write safely; run again");
        }
    }

    private void take(String owner) {
        long deadline = System.currentTimeMillis() + WAIT.toMillis();
        long pause = 10;
        while (true) {
            long now = System.currentTimeMillis();
            if (table.putIf(new LeaseItem("LEASE#" + name, "LEASE", owner, now + TERM.toMillis()),
                    "attribute_not_exists(PK) OR expiresAt < :now", Map.of(),
                    Map.of(":now", AttributeValue.fromN(Long.toString(now))))) {
                return;
            }
            if (now > deadline) {
                throw new IllegalStateException("the " + name + " lease stayed taken for " + WAIT.toSeconds() + " s");
            }
            DynamoTable.pause(Duration.ofMillis(pause));
            pause = Math.min(pause * 2, 200);
        }
    }
}
