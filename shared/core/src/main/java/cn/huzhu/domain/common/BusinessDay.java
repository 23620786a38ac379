package cn.huzhu.domain.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Business dates are dates in China, whatever zone the machine runs in. */
public final class BusinessDay {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BusinessDay() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
