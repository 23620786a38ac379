package cn.huzhu.domain.identity;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import cn.huzhu.domain.common.KeyedHash;

/**
 * Names a person by document without carrying the number: keys, URLs and logs hold this, never the ID number. A keyed
 * hash (HMAC-SHA256 with the stack's secret): the same document always gives the same key, so a person is found again
 * across rosters and enrollments, but without the secret a key cannot be turned back into a number by trying the few
 * million numbers a birth date leaves open.
 */
public final class PersonKeys {
    private final KeyedHash hash;

    public PersonKeys(String secret) {
        this.hash = new KeyedHash(secret, "the person key secret");
    }

    /** 32 hex characters for a normalised document number. */
    public String of(IdDocumentType type, String normalizedNumber) {
        return HexFormat.of().formatHex(hash.of(type.name(), normalizedNumber), 0, 16);
    }

    /** The keys a number someone typed may be stored under: one per document type. */
    public List<String> candidates(String typedNumber) {
        String normalized = ResidentIdNumber.normalize(typedNumber);
        return Arrays.stream(IdDocumentType.values()).map(type -> of(type, normalized)).toList();
    }
}
