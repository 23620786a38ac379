package cn.huzhu.domain.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names a person by document without carrying the number itself: keys, URLs and logs hold this, never the ID number.
 * The same document always gives the same key, so a person is found again across rosters and enrollments.
 */
public final class PersonKey {
    private PersonKey() {
    }

    public static String of(IdDocumentType type, String normalizedNumber) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest((type.name() + ":" + normalizedNumber).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
