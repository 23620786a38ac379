package cn.huzhu.app.port;

import java.time.Duration;

/** Makes an operation happen once per key, however often its trigger is delivered. */
public interface IdempotencyStore {
    enum Claim { ACQUIRED, ALREADY_DONE, IN_PROGRESS }

    /**
     * Claims the key by a conditional write. A claim whose holder has not shown life for {@code staleAfter} (it
     * crashed or timed out) is taken over.
     */
    Claim claim(String key, Duration staleAfter);

    /**
     * The holder shows it is still working, so nobody takes its claim over. Each heartbeat is a versioned write: two of
     * one holder at the same time would take each other for a takeover (see {@link #heartbeats}).
     */
    void heartbeat(String key);

    /** Heartbeats of {@code key} that several threads of one holder may give: one at a time. */
    default Runnable heartbeats(String key) {
        Object lock = new Object();
        return () -> {
            synchronized (lock) {
                heartbeat(key);
            }
        };
    }

    void complete(String key);

    /** Gives the key back after a failure, so a retry can run. */
    void release(String key);
}
