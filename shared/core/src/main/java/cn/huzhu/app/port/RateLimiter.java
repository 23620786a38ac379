package cn.huzhu.app.port;

/** Counts requests per caller and minute, so a public page cannot be used to guess numbers at speed. */
public interface RateLimiter {
    /** Counts one request of this caller now; false when it is over the limit for the current minute. */
    boolean allow(String purpose, String caller, int perMinute);
}
