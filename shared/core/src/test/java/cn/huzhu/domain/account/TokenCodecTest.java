package cn.huzhu.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.huzhu.domain.common.KeyRing;

class TokenCodecTest {
    private static final String SECRET = "0123456789abcdef0123456789abcdef";
    private static final String NEXT = "fedcba9876543210fedcba9876543210";
    private static final Instant NOW = Instant.parse("2025-11-25T00:00:00Z");
    private final TokenCodec codec = new TokenCodec(KeyRing.single(SECRET, "tokens"));
    private final TokenClaims claims = new TokenClaims("unit|1", Role.UNIT, "u%1", "1503", 3, true, NOW.plusSeconds(60), "s|1%");

    @Test
    void readsBackWhatItSigned() {
        assertThat(codec.decode(codec.encode(claims), NOW)).contains(claims);
    }

    @Test
    void refusesExpiredTamperedAndForeignTokens() {
        String token = codec.encode(claims);
        assertThat(codec.decode(token, NOW.plusSeconds(60))).isEmpty();
        String[] parts = token.split("\\.");
        String otherBody = parts[1].substring(0, parts[1].length() - 2) + (parts[1].endsWith("A") ? "BB" : "AA");
        assertThat(codec.decode(parts[0] + "." + otherBody + "." + parts[2], NOW)).isEmpty();
        assertThat(new TokenCodec(KeyRing.single("another-secret-of-at-least-32-chars!", "tokens")).decode(token, NOW))
                .isEmpty();
        assertThat(codec.decode("garbage", NOW)).isEmpty();
        assertThat(codec.decode("a.b.c", NOW)).isEmpty();
        assertThat(codec.decode("2." + parts[1] + "." + parts[2], NOW)).as("a key id the ring does not hold").isEmpty();
    }

    @Test
    void aRotatedRingSignsWithTheNewKeyAndStillReadsTokensOfTheOldUntilItIsRemoved() {
        String old = codec.encode(claims);
        TokenCodec rotated = new TokenCodec(KeyRing.of("2", Map.of("1", SECRET, "2", NEXT), "tokens"));
        String fresh = rotated.encode(claims);
        assertThat(fresh).startsWith("2.");
        assertThat(rotated.decode(old, NOW)).contains(claims);
        assertThat(rotated.decode(fresh, NOW)).contains(claims);
        assertThat(codec.decode(fresh, NOW)).as("a container that has not seen the new key yet").isEmpty();
        TokenCodec retired = new TokenCodec(KeyRing.of("2", Map.of("2", NEXT), "tokens"));
        assertThat(retired.decode(old, NOW)).isEmpty();
        assertThat(retired.decode(fresh, NOW)).contains(claims);
    }
}
