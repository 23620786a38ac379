package cn.huzhu.domain.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The keys of one use (tokens, person keys, receipts), each under its id: the current one signs and hashes what is made
 * now, older ones still check what they made. Rotating a key adds a new one as current and keeps the old one until
 * nothing it made is in use.
 */
public interface KeyRing {
    KeyedHash current();

    Optional<KeyedHash> byId(String id);

    /** A ring that never changes: {@code secrets} by id, {@code currentId} among them. */
    static KeyRing of(String currentId, Map<String, String> secrets, String what) {
        Map<String, KeyedHash> keys = new LinkedHashMap<>();
        secrets.forEach((id, secret) -> keys.put(id, new KeyedHash(id, secret, what)));
        KeyedHash current = keys.get(currentId);
        if (current == null) {
            throw new IllegalArgumentException(what + " has no key " + currentId);
        }
        return new KeyRing() {
            @Override
            public KeyedHash current() {
                return current;
            }

            @Override
            public Optional<KeyedHash> byId(String id) {
                return Optional.ofNullable(keys.get(id));
            }
        };
    }

    /** One secret as a ring of one key, id "1". */
    static KeyRing single(String secret, String what) {
        return of("1", Map.of("1", secret), what);
    }
}
