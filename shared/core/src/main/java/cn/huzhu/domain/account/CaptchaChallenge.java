package cn.huzhu.domain.account;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A captcha without server-side state until it is used. The challenge id carries a random nonce, its expiry and a
 * MAC over both; the answer is derived from the nonce with the secret, so only the server (and whoever holds the
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

    private final SecretKeySpec key;
    private final Duration lifetime;

    public record Issued(String id, String answer) {
    }

    public CaptchaChallenge(String secret, Duration lifetime) {
        this.key = new SecretKeySpec(("captcha:" + secret).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.lifetime = lifetime;
    }

    public Issued issue(Instant now) {
        byte[] nonceBytes = new byte[12];
        RANDOM.nextBytes(nonceBytes);
        String nonce = ENCODER.encodeToString(nonceBytes);
        String expires = Long.toString(now.plus(lifetime).getEpochSecond());
        String id = nonce + "." + expires + "." + ENCODER.encodeToString(mac("id|" + nonce + "|" + expires));
        return new Issued(id, answer(nonce));
    }

    /** The nonce to mark as used when the id is genuine and fresh and the answer right (any case); else empty. */
    public Optional<String> verify(String id, String answer, Instant now) {
        return nonceOf(id, now).filter(nonce -> answers(nonce, answer));
    }

    /** The nonce of a genuine, fresh challenge: what to mark as used before the answer is even looked at. */
    public Optional<String> nonceOf(String id, Instant now) {
        return genuineNonce(id, now);
    }

    /** Whether the answer is the one the picture of this nonce shows (any case, spaces around ignored). */
    public boolean answers(String nonce, String answer) {
        if (answer == null) {
            return false;
        }
        byte[] expected = answer(nonce).getBytes(StandardCharsets.US_ASCII);
        byte[] given = answer.trim().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }

    /** What the picture of a genuine, fresh challenge shows. */
    public Optional<String> answerOf(String id, Instant now) {
        return genuineNonce(id, now).map(this::answer);
    }

    public Duration lifetime() {
        return lifetime;
    }

    private Optional<String> genuineNonce(String id, Instant now) {
        String[] parts = id == null ? new String[0] : id.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            boolean genuine = MessageDigest.isEqual(mac("id|" + parts[0] + "|" + parts[1]), DECODER.decode(parts[2]));
            boolean fresh = now.isBefore(Instant.ofEpochSecond(Long.parseLong(parts[1])));
            return genuine && fresh ? Optional.of(parts[0]) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private String answer(String nonce) {
        byte[] bytes = mac("answer|" + nonce);
        StringBuilder answer = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            answer.append(ALPHABET.charAt((bytes[i] & 0xFF) % ALPHABET.length()));
        }
        return answer.toString();
    }

    private byte[] mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
