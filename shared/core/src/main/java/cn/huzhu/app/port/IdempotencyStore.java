package cn.huzhu.app.port;

import java.time.Duration;

/** Makes an operation happen once per key, however often its trigger is delivered. */
public interface IdempotencyStore {
    enum Claim { ACQUIRED, ALREADY_DONE, IN_PROGRESS }

    /** What claiming a key came to, and when it was {@link Claim#ACQUIRED} the claim now held. */
    record Claimed(Claim state, Held held) {
        public static Claimed not(Claim state) {
            return new Claimed(state, null);
        }
    }

    /**
     * A claim as its holder holds it. Each claim, a takeover's too, is its own holder's: a holder whose claim was
     * taken over learns it at its next heartbeat, and can neither complete nor release the claim of the run that took it.
     */
    interface Held {
        /**
         * Shows the holder is still working, so nobody takes the claim over; may be called from several threads at once.
         * Throws {@link Superseded} when the claim is no longer this holder's.
         */
        void heartbeat();

        /** The work is done; {@link Superseded} when the claim is no longer this holder's. */
        void complete();

        /** Gives the claim back after a failure, so a retry can run; nothing when it is no longer this holder's. */
        void release();
    }

    /**
     * Claims the key by a conditional write. A claim whose holder has not shown life for {@code staleAfter} (it
     * crashed or timed out), or that was released, is taken over.
     */
    Claimed claim(String key, Duration staleAfter);
}
