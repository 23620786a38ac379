package cn.huzhu.adapter.dynamodb;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Instants in keys: fixed width, so string order is time order. */
final class Times {
    private static final DateTimeFormatter SORTABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Times() {
    }

    static String sortable(Instant instant) {
        return SORTABLE.format(instant);
    }

    static String text(Instant instant) {
        return instant == null ? null : sortable(instant);
    }

    static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
