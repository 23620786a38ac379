package cn.huzhu.domain.identity;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Names a person by document without carrying the number: keys, URLs and logs hold this, never the ID number. A keyed
 * hash (HMAC-SHA256 with the stack's secret): the same document always gives the same key, so a person is found again
 * across rosters and enrollments, but without the secret a key cannot be turned back into a number by trying the few
 * million numbers a birth date leaves open.
 */
public final class PersonKeys {
    private final SecretKeySpec secret;

    public PersonKeys(String secret) {
        if (secret == null || secret.length() < 32) {
            throw new IllegalArgumentException("the person key secret must have at least 32 characters");
        }
        this.secret = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** 32 hex characters for a normalised document number. */
    public String of(IdDocumentType type, String normalizedNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            byte[] hash = mac.doFinal((type.name() + ":" + normalizedNumber).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The keys a number someone typed may be stored under: one per document type. */
    public List<String> candidates(String typedNumber) {
        String normalized = ResidentIdNumber.normalize(typedNumber);
        return Arrays.stream(IdDocumentType.values()).map(type -> of(type, normalized)).toList();
    }
}
