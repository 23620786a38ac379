package cn.huzhu.domain.account;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import cn.huzhu.domain.common.DomainException;

/**
 * A login. Unit accounts act for one unit; office accounts for an org.
 *
 * @param tokenGeneration raised whenever earlier tokens must stop working (password reset, disabling)
 */
public record Account(
        String username,
        String displayName,
        Role role,
        String unitId,
        String orgCode,
        String passwordHash,
        boolean mustChangePassword,
        boolean disabled,
        int failedAttempts,
        Instant lockedUntil,
        int tokenGeneration,
        Long version) {

    public static Account create(String username, String displayName, Role role, String unitId, String orgCode,
            String passwordHash, boolean mustChangePassword) {
        requireUsername(username);
        return new Account(username, displayName, role, unitId, orgCode, passwordHash, mustChangePassword, false, 0,
                null, 0, null);
    }

    /**
     * An office staff login (审核员, 财务 or 理赔员) of an org, named in 1 to 30 characters, changing its temporary password
     * at its first login. The password is hashed only once everything else holds: hashing is slow on purpose.
     */
    public static Account office(String username, String displayName, Role role, String orgCode,
            Supplier<String> passwordHash) {
        if (!role.isOffice()) {
            throw DomainException.invalid("ROLE_INVALID", "角色应为审核员、财务或理赔员");
        }
        String name = displayName == null ? "" : displayName.trim();
        if (name.isEmpty() || name.length() > 30) {
            throw DomainException.invalid("DISPLAY_NAME_INVALID", "请填写姓名（不超过30个字）");
        }
        String login = username == null ? null : username.trim();
        requireUsername(login);
        return create(login, name, role, null, orgCode, passwordHash.get(), true);
    }

    private static void requireUsername(String username) {
        if (username == null || !username.matches("[A-Za-z0-9_.-]{3,32}")) {
            throw DomainException.invalid("USERNAME_INVALID", "账号应为3到32位字母、数字、下划线、点或短横线");
        }
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * After a wrong password: count it, and lock once the limit is reached. Every wrong password counts, also those that
     * arrive while the lock holds (a burst checked in parallel); the count starts again once a lock has run out.
     */
    public Account failedLogin(Instant now, int maxAttempts, Duration lockFor) {
        boolean lockOver = lockedUntil != null && !now.isBefore(lockedUntil);
        int attempts = (lockOver ? 0 : failedAttempts) + 1;
        Instant locked = lockOver ? null : lockedUntil;
        if (locked == null && attempts >= maxAttempts) {
            locked = now.plus(lockFor);
        }
        return with(passwordHash, mustChangePassword, disabled, attempts, locked, tokenGeneration);
    }

    public Account succeededLogin() {
        return with(passwordHash, mustChangePassword, disabled, 0, null, tokenGeneration);
    }

    public Account passwordChanged(String newHash) {
        return with(newHash, false, disabled, 0, null, tokenGeneration + 1);
    }

    /** The office set a temporary password: the owner must choose a new one at next login; old tokens stop. */
    public Account passwordReset(String temporaryHash) {
        return with(temporaryHash, true, disabled, 0, null, tokenGeneration + 1);
    }

    public Account disabled(boolean value) {
        return with(passwordHash, mustChangePassword, value, failedAttempts, lockedUntil, tokenGeneration + 1);
    }

    public Account rehashed(String newHash) {
        return with(newHash, mustChangePassword, disabled, failedAttempts, lockedUntil, tokenGeneration);
    }

    private Account with(String hash, boolean mustChange, boolean isDisabled, int attempts, Instant locked, int generation) {
        return new Account(username, displayName, role, unitId, orgCode, hash, mustChange, isDisabled, attempts, locked,
                generation, version);
    }
}
