package cn.huzhu.app.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import cn.huzhu.domain.account.Account;
import cn.huzhu.domain.account.TokenClaims;
import cn.huzhu.domain.account.TokenCodec;

/** Issues and reads the signed tokens browsers send as "Authorization: Bearer …". */
public final class TokenService {
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private final TokenCodec codec;
    private final Clock clock;
    private final Duration lifetime;

    public TokenService(TokenCodec codec, Clock clock, Duration lifetime) {
        this.codec = codec;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A token for a new login (a new session). */
    public String issue(Account account) {
        return codec.encode(new TokenClaims(account.username(), account.role(), account.unitId(), account.orgCode(),
                account.tokenGeneration(), account.mustChangePassword(), clock.instant().plus(lifetime), newSessionId()));
    }

    private static String newSessionId() {
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        return java.util.HexFormat.of().formatHex(random);
    }

    public Optional<TokenClaims> read(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return codec.decode(authorizationHeader.substring(7).trim(), clock.instant());
    }
}
