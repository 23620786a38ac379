package cn.huzhu.domain.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import cn.huzhu.domain.common.KeyRing;
import cn.huzhu.domain.common.KeyedHash;


/**
 * A captcha without server-side state until it is used. The challenge id carries a random nonce, its expiry, the id of
 * the key of the token ring that made it and a MAC over them; the answer is derived from the nonce with the secret, so only the server (and whoever holds the
 * secret) knows it without reading the picture. The nonce is what a store marks as used: every answer, right or
 * wrong, uses up its challenge.
 *
 * <p>The alphabet leaves out characters people mistake for one another in a small picture: 0/O/D/Q, 1/I/L, 2/Z, 5/S,
 * 6/B/8, U/V, and the lower case.
 */
public final class CaptchaChallenge {
    public static final String ALPHABET = "3479ACEFGHJKMNPRTWXY";
    public static final int LENGTH = 4;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final KeyRing keys;
    private final Duration lifetime;

    public record Issued(String id, String answer) {
    }

    public CaptchaChallenge(KeyRing keys, Duration lifetime) {
        this.keys = keys;
        this.lifetime = lifetime;
    }

    public Issued issue(Instant now) {
        byte[] nonceBytes = new byte[12];
        RANDOM.nextBytes(nonceBytes);
        String nonce = ENCODER.encodeToString(nonceBytes);
        String expires = Long.toString(now.plus(lifetime).getEpochSecond());
        KeyedHash key = keys.current();
        String id = key.id() + "." + nonce + "." + expires + "." + ENCODER.encodeToString(mac(key, "id|" + nonce + "|" + expires));
        return new Issued(id, answer(key, nonce));
    }

    /** The nonce to mark as used when the id is genuine and fresh and the answer right (any case); else empty. */
    public Optional<String> verify(String id, String answer, Instant now) {
        return genuine(id, now).filter(challenge -> answers(challenge, answer)).map(Genuine::nonce);
    }

    /** The nonce of a genuine, fresh challenge: what to mark as used before the answer is even looked at. */
    public Optional<String> nonceOf(String id, Instant now) {
        return genuine(id, now).map(Genuine::nonce);
    }

    /** Whether the answer is the one the picture of this challenge shows (any case, spaces around ignored). */
    public boolean answers(String id, String answer, Instant now) {
        return genuine(id, now).filter(challenge -> answers(challenge, answer)).isPresent();
    }

    private static boolean answers(Genuine challenge, String answer) {
        if (answer == null) {
            return false;
        }
        byte[] expected = answer(challenge.key(), challenge.nonce()).getBytes(StandardCharsets.US_ASCII);
        byte[] given = answer.trim().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }

    /** What the picture of a genuine, fresh challenge shows. */
    public Optional<String> answerOf(String id, Instant now) {
        return genuine(id, now).map(challenge -> answer(challenge.key(), challenge.nonce()));
    }

    private record Genuine(KeyedHash key, String nonce) {
    }

    public Duration lifetime() {
        return lifetime;
    }

    private Optional<Genuine> genuine(String id, Instant now) {
        String[] parts = id == null ? new String[0] : id.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        Optional<KeyedHash> key = keys.byId(parts[0]);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            boolean genuine = MessageDigest.isEqual(mac(key.get(), "id|" + parts[1] + "|" + parts[2]), DECODER.decode(parts[3]));
            boolean fresh = now.isBefore(Instant.ofEpochSecond(Long.parseLong(parts[2])));
            return genuine && fresh ? Optional.of(new Genuine(key.get(), parts[1])) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static String answer(KeyedHash key, String nonce) {
        byte[] bytes = mac(key, "answer|" + nonce);
        StringBuilder answer = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            answer.append(ALPHABET.charAt((bytes[i] & 0xFF) % ALPHABET.length()));
        }
        return answer.toString();
    }

    private static byte[] mac(KeyedHash key, String text) {
        return key.of("captcha", text);
    }
}
