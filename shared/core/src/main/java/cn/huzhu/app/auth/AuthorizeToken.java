package cn.huzhu.app.auth;

import java.util.Optional;

import cn.huzhu.app.port.AccountStore;
import cn.huzhu.domain.account.TokenClaims;

/**
 * The authorizer's decision: a genuine, unexpired token whose account still exists, is enabled and has not had its
 * tokens revoked since (password change or reset, disabling).
 */
public final class AuthorizeToken {
    private final TokenService tokens;
    private final AccountStore accounts;

    public AuthorizeToken(TokenService tokens, AccountStore accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    public Optional<TokenClaims> authorize(String authorizationHeader) {
        return tokens.read(authorizationHeader).filter(claims -> accounts.find(claims.username())
                .filter(account -> !account.disabled() && account.tokenGeneration() == claims.generation())
                .isPresent());
    }
}
