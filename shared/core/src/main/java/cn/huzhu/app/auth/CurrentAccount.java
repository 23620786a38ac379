package cn.huzhu.app.auth;

import cn.huzhu.app.port.AccountStore;
import cn.huzhu.domain.account.Account;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.common.DomainException;

/** The caller's own account, as the authorizer let it in. */
public final class CurrentAccount {
    private final AccountStore accounts;

    public CurrentAccount(AccountStore accounts) {
        this.accounts = accounts;
    }

    public Account of(Caller caller) {
        return accounts.find(caller.username())
                .orElseThrow(() -> DomainException.unauthenticated("NOT_LOGGED_IN", "请先登录"));
    }
}
