package cn.huzhu.domain.account;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Compact signed tokens: base64url(claims) "." base64url(HMAC-SHA256(claims)). Claims are a fixed, escaped,
 * pipe-separated list, so no JSON parser runs in the authorizer's hot path.
 */
public final class TokenCodec {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String FORMAT = "v2";

    private final SecretKeySpec key;

    public TokenCodec(String secret) {
        if (secret == null || secret.length() < 32) {
            throw new IllegalArgumentException("the token secret must have at least 32 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String encode(TokenClaims claims) {
        String payload = String.join("|", FORMAT, escape(claims.username()), claims.role().name(),
                escape(claims.unitId() == null ? "" : claims.unitId()), escape(claims.orgCode()),
                Integer.toString(claims.generation()), claims.mustChangePassword() ? "1" : "0",
                Long.toString(claims.expiresAt().getEpochSecond()), escape(claims.sessionId()));
        String body = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return body + "." + ENCODER.encodeToString(sign(body));
    }

    /** The claims of a genuine, unexpired token; empty for anything else. */
    public Optional<TokenClaims> decode(String token, Instant now) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        String body = token.substring(0, dot);
        try {
            if (!MessageDigest.isEqual(sign(body), DECODER.decode(token.substring(dot + 1)))) {
                return Optional.empty();
            }
            String[] parts = new String(DECODER.decode(body), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 9 || !parts[0].equals(FORMAT)) {
                return Optional.empty();
            }
            Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[7]));
            if (!now.isBefore(expires)) {
                return Optional.empty();
            }
            Optional<Role> role = Role.parse(parts[2]);
            String unitId = unescape(parts[3]);
            return role.map(r -> new TokenClaims(unescape(parts[1]), r, unitId.isEmpty() ? null : unitId,
                    unescape(parts[4]), Integer.parseInt(parts[5]), parts[6].equals("1"), expires, unescape(parts[8])));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private byte[] sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String escape(String value) {
        return value.replace("%", "%25").replace("|", "%7C");
    }

    private static String unescape(String value) {
        return value.replace("%7C", "|").replace("%25", "%");
    }
}
