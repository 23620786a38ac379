package cn.huzhu.domain.identity;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import cn.huzhu.domain.common.KeyRing;
import cn.huzhu.domain.common.KeyedHash;

/**
 * Names a person by document without carrying the number: keys, URLs and logs hold this, never the ID number. A keyed
 * hash (HMAC-SHA256 under the current key of the person-key ring): the same document always gives the same key, so a
 * person is found again across rosters and enrollments, but without the secret a key cannot be turned back into a
 * number by trying the few million numbers a birth date leaves open. A key starts with the id of the ring key that
 * made it ("2.3f…"), so the tool that re-keys people after a rotation knows which ones are left.
 */
public final class PersonKeys {
    private final KeyRing keys;

    public PersonKeys(KeyRing keys) {
        this.keys = keys;
    }

    /** The ring key's id, a dot, then 32 hex characters for a normalised document number. */
    public String of(IdDocumentType type, String normalizedNumber) {
        KeyedHash key = keys.current();
        return key.id() + "." + HexFormat.of().formatHex(key.of(type.name(), normalizedNumber), 0, 16);
    }

    /** The keys a number someone typed may be stored under: one per document type. */
    public List<String> candidates(String typedNumber) {
        String normalized = ResidentIdNumber.normalize(typedNumber);
        return Arrays.stream(IdDocumentType.values()).map(type -> of(type, normalized)).toList();
    }

    /** A network address as a keyed hash: what rate limits and the lookup log keep instead of the address. */
    public String callerKey(String address) {
        return HexFormat.of().formatHex(keys.current().of("caller", address == null ? "" : address), 0, 12);
    }

    /** Whether a stored key was made with the ring's current key (else it is due for re-keying). */
    public boolean isCurrent(String personKey) {
        return personKey.startsWith(keys.current().id() + ".");
    }
}
