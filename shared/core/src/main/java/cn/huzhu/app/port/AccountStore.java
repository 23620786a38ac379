package cn.huzhu.app.port;

import java.util.List;
import java.util.Optional;

import cn.huzhu.domain.account.Account;

public interface AccountStore {
    Optional<Account> find(String username);

    /** Fails with CONFLICT when the username is taken. */
    void create(Account account);

    /** Optimistic: fails with CONFLICT when the account changed since it was read. */
    void update(Account account);

    List<Account> forUnit(String unitId);

    /** The office staff accounts of an org. */
    List<Account> officeOf(String orgCode);
}
