package cn.huzhu.adapter.dynamodb;

import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.huzhu.app.port.LookupLog;

/**
 * Public lookups by day and hour (PK LOOKUP#yyyy-MM-ddTHH, SK time#id), kept two years and then removed by TTL. The
 * rate limits keep each hour's partition far below what one partition takes.
 */
public final class DynamoLookupLog implements LookupLog {
    private static final long KEPT_DAYS = 731;

    private final DynamoTable table;

    public DynamoLookupLog(DynamoTable table) {
        this.table = table;
    }

    record LookupItem(@JsonProperty("PK") String pk, @JsonProperty("SK") String sk, String at, String addressHash,
            String personKey, String outcome, long expiresAtEpoch) {
    }

    @Override
    public void record(Lookup lookup) {
        String hour = lookup.at().atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).toLocalDateTime().toString();
        table.put(new LookupItem("LOOKUP#" + hour, Times.sortable(lookup.at()) + "#" + UUID.randomUUID(),
                Times.text(lookup.at()), lookup.addressHash(), lookup.personKey(), lookup.outcome(),
                lookup.at().plus(KEPT_DAYS, ChronoUnit.DAYS).getEpochSecond()));
    }
}
