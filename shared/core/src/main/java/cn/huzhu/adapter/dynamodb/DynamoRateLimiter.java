package cn.huzhu.adapter.dynamodb;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import cn.huzhu.app.port.RateLimiter;

/**
 * Fixed one-minute windows: PK RATE#purpose#caller, SK the minute; an atomic counter that DynamoDB's TTL removes an
 * hour later. Every request is counted, the refused ones too, so hammering never opens the window early.
 */
public final class DynamoRateLimiter implements RateLimiter {
    private final DynamoTable table;
    private final Clock clock;

    public DynamoRateLimiter(DynamoTable table, Clock clock) {
        this.table = table;
        this.clock = clock;
    }

    @Override
    public boolean allow(String purpose, String caller, int perMinute) {
        Instant minute = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        long count = table.incrementExpiring("RATE#" + purpose + "#" + caller, minute.toString(),
                minute.plus(1, ChronoUnit.HOURS).getEpochSecond());
        return count <= perMinute;
    }
}
