package cn.huzhu.app.auth;

import java.util.Optional;

import cn.huzhu.app.port.AccountStore;
import cn.huzhu.app.port.RevokedSessions;
import cn.huzhu.domain.account.TokenClaims;

/**
 * The authorizer's decision: a genuine, unexpired token of a login not ended by 退出登录, whose account still exists, is
 * enabled and has not had its tokens revoked since (password change or reset, disabling).
 */
public final class AuthorizeToken {
    private final TokenService tokens;
    private final AccountStore accounts;
    private final RevokedSessions revoked;

    public AuthorizeToken(TokenService tokens, AccountStore accounts, RevokedSessions revoked) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.revoked = revoked;
    }

    public Optional<TokenClaims> authorize(String authorizationHeader) {
        return tokens.read(authorizationHeader)
                .filter(claims -> accounts.find(claims.username())
                        .filter(account -> !account.disabled() && account.tokenGeneration() == claims.generation())
                        .isPresent())
                .filter(claims -> !revoked.revoked(claims.sessionId()));
    }
}
