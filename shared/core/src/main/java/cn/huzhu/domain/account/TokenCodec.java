package cn.huzhu.domain.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import cn.huzhu.domain.common.KeyRing;
import cn.huzhu.domain.common.KeyedHash;

/**
 * Compact signed tokens: key id "." base64url(claims) "." base64url(HMAC-SHA256(claims)) under that key of the token
 * ring. Claims are a fixed, escaped, pipe-separated list, so no JSON parser runs in the authorizer's hot path. A token
 * signed with a key the ring no longer holds, or one it never held, is not genuine.
 */
public final class TokenCodec {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String FORMAT = "v3";

    private final KeyRing keys;

    public TokenCodec(KeyRing keys) {
        this.keys = keys;
    }

    public String encode(TokenClaims claims) {
        String payload = String.join("|", FORMAT, escape(claims.username()), claims.role().name(),
                escape(claims.unitId() == null ? "" : claims.unitId()), escape(claims.orgCode()),
                Integer.toString(claims.generation()), claims.mustChangePassword() ? "1" : "0",
                Long.toString(claims.expiresAt().getEpochSecond()), escape(claims.sessionId()));
        String body = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        KeyedHash key = keys.current();
        return key.id() + "." + body + "." + ENCODER.encodeToString(sign(key, body));
    }

    /** The claims of a genuine, unexpired token; empty for anything else. */
    public Optional<TokenClaims> decode(String token, Instant now) {
        if (token == null) {
            return Optional.empty();
        }
        String[] pieces = token.split("\\.", -1);
        if (pieces.length != 3) {
            return Optional.empty();
        }
        Optional<KeyedHash> key = keys.byId(pieces[0]);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String body = pieces[1];
        try {
            if (!MessageDigest.isEqual(sign(key.get(), body), DECODER.decode(pieces[2]))) {
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

    private static byte[] sign(KeyedHash key, String body) {
        return key.of("token", body);
    }

    private static String escape(String value) {
        return value.replace("%", "%25").replace("|", "%7C");
    }

    private static String unescape(String value) {
        return value.replace("%7C", "|").replace("%25", "%");
    }
}
