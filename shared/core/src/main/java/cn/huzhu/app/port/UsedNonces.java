package cn.huzhu.app.port;

import java.time.Instant;

/** Remembers one-time values (captcha challenges) so each is accepted once. */
public interface UsedNonces {
    /** True the first time a nonce is used; false on every later use. */
    boolean useOnce(String nonce, Instant expiresAt);
}
