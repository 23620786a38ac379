package cn.huzhu.adapter.dynamodb;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import cn.huzhu.app.port.RateLimiter;

/**
 * Fixed windows (a minute or an hour): PK RATE#purpose#caller, SK the window's start; an atomic counter that DynamoDB's
 * TTL removes once the next window has passed. Every request is counted, the refused ones too, so hammering never
 * opens the window early.
 */
public final class DynamoRateLimiter implements RateLimiter {
    private final DynamoTable table;
    private final Clock clock;

    public DynamoRateLimiter(DynamoTable table, Clock clock) {
        this.table = table;
        this.clock = clock;
    }

    @Override
    public boolean allow(String purpose, String caller, int limit, ChronoUnit window) {
        Instant start = clock.instant().truncatedTo(window);
        long count = table.incrementExpiring("RATE#" + purpose + "#" + caller, start.toString(),
                start.plus(window.getDuration().multipliedBy(2)).getEpochSecond());
        return count <= limit;
    }
}
