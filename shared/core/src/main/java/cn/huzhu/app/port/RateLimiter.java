package cn.huzhu.app.port;

/** Counts requests per caller and minute (or hour), so a public page cannot be used to guess numbers at speed. */
public interface RateLimiter {
    /** Counts one request of this caller now; false when it is over the limit for the current minute. */
    default boolean allow(String purpose, String caller, int perMinute) {
        return allow(purpose, caller, perMinute, java.time.temporal.ChronoUnit.MINUTES);
    }

    /** Counts one request of this caller now; false when it is over the limit for the current window (minute, hour). */
    boolean allow(String purpose, String caller, int limit, java.time.temporal.ChronoUnit window);
}
