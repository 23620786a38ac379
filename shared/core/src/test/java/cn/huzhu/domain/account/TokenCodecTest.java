package cn.huzhu.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class TokenCodecTest {
    private static final String SECRET = "0123456789abcdef0123456789abcdef";
    private static final Instant NOW = Instant.parse("2025-11-25T00:00:00Z");
    private final TokenCodec codec = new TokenCodec(SECRET);
    private final TokenClaims claims = new TokenClaims("unit|1", Role.UNIT, "u%1", "1503", 3, true, NOW.plusSeconds(60), "s|1%");

    @Test
    void readsBackWhatItSigned() {
        assertThat(codec.decode(codec.encode(claims), NOW)).contains(claims);
    }

    @Test
    void refusesExpiredTamperedAndForeignTokens() {
        String token = codec.encode(claims);
        assertThat(codec.decode(token, NOW.plusSeconds(60))).isEmpty();
        String body = token.substring(0, token.indexOf('.'));
        String otherBody = body.substring(0, body.length() - 2) + (body.endsWith("A") ? "BB" : "AA");
        assertThat(codec.decode(otherBody + token.substring(token.indexOf('.')), NOW)).isEmpty();
        assertThat(new TokenCodec("another-secret-of-at-least-32-chars!").decode(token, NOW)).isEmpty();
        assertThat(codec.decode("garbage", NOW)).isEmpty();
        assertThat(codec.decode("a.b.c", NOW)).isEmpty();
    }
}
