package cn.huzhu.domain.common;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under one key of the stack's secrets: what cannot be computed, or turned back by trying every input,
 * without the key. Each use names its purpose, so one key never gives two uses the same hash. A key carries the id it
 * has in its {@link KeyRing}, so what it made can name the key that checks it after the ring has moved on.
 */
public final class KeyedHash {
    public static final int MIN_SECRET_LENGTH = 32;

    private final String id;
    /** One initialised MAC per thread: getting and initialising one costs more than hashing a short text. */
    private final ThreadLocal<Mac> macs;

    public KeyedHash(String id, String secret, String what) {
        if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException(what + " must have at least " + MIN_SECRET_LENGTH + " characters");
        }
        if (id == null || !id.matches("[A-Za-z0-9]{1,16}")) {
            throw new IllegalArgumentException(what + " needs an id of 1 to 16 letters or digits");
        }
        this.id = id;
        SecretKeySpec key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A key of its own, id "1": for a single secret, as tests and tools use it. */
    public KeyedHash(String secret, String what) {
        this("1", secret, what);
    }

    public String id() {
        return id;
    }

    public byte[] of(String purpose, String text) {
        return mac((purpose + ":" + text).getBytes(StandardCharsets.UTF_8));
    }

    /** The MAC of raw bytes, no purpose added (signatures that carry their own structure). */
    public byte[] mac(byte[] bytes) {
        return macs.get().doFinal(bytes);
    }
}
