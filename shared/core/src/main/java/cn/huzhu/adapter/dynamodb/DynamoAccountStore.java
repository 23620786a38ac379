package cn.huzhu.adapter.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.huzhu.app.port.AccountStore;
import cn.huzhu.domain.account.Account;
import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.common.DomainException;

/** Accounts: PK ACCOUNT#username; GSI1 lists a unit's accounts, and an org's office staff (OFFICEACCOUNTS#org). */
public final class DynamoAccountStore implements AccountStore {
    private final DynamoTable table;

    public DynamoAccountStore(DynamoTable table) {
        this.table = table;
    }

    record AccountItem(
            @JsonProperty("PK") String pk, @JsonProperty("SK") String sk,
            @JsonProperty("GSI1PK") String gsi1pk, @JsonProperty("GSI1SK") String gsi1sk,
            String username, String displayName, String role, String unitId, String orgCode, String passwordHash,
            boolean mustChangePassword, boolean disabled, int failedAttempts, String lockedUntil, int tokenGeneration,
            Long version) {

        static AccountItem of(Account a, long version) {
            return new AccountItem(accountKey(a.username()), "ACCOUNT", a.unitId() == null ? "OFFICEACCOUNTS#" + a.orgCode()
                    : "UNITACCOUNTS#" + a.unitId(), a.username(), a.username(), a.displayName(), a.role().name(), a.unitId(),
                    a.orgCode(), a.passwordHash(), a.mustChangePassword(), a.disabled(), a.failedAttempts(),
                    Times.text(a.lockedUntil()), a.tokenGeneration(), version);
        }

        Account toAccount() {
            return new Account(username, displayName, Role.valueOf(role), unitId, orgCode, passwordHash,
                    mustChangePassword, disabled, failedAttempts, Times.instant(lockedUntil), tokenGeneration, version);
        }
    }

    static String accountKey(String username) {
        return "ACCOUNT#" + username.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public Optional<Account> find(String username) {
        return table.get(accountKey(username), "ACCOUNT", AccountItem.class).map(AccountItem::toAccount);
    }

    @Override
    public void create(Account account) {
        if (!table.insert(AccountItem.of(account, 1))) {
            throw DomainException.conflict("USERNAME_TAKEN", "账号" + account.username() + "已存在");
        }
    }

    @Override
    public void update(Account account) {
        table.putVersioned(AccountItem.of(account, account.version() + 1), account.version());
    }

    @Override
    public List<Account> officeOf(String orgCode) {
        List<Account> accounts = new ArrayList<>();
        table.queryAll(Query.on(DynamoTable.GSI1, "GSI1PK", "OFFICEACCOUNTS#" + orgCode).build(), AccountItem.class,
                item -> accounts.add(item.toAccount()));
        return accounts;
    }

    @Override
    public List<Account> forUnit(String unitId) {
        List<Account> accounts = new ArrayList<>();
        table.queryAll(Query.on(DynamoTable.GSI1, "GSI1PK", "UNITACCOUNTS#" + unitId).build(), AccountItem.class,
                item -> accounts.add(item.toAccount()));
        return accounts;
    }
}
