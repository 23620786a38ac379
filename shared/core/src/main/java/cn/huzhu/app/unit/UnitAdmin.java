package cn.huzhu.app.unit;

import java.security.SecureRandom;
import java.util.List;

import cn.huzhu.app.Ids;
import cn.huzhu.app.port.AccountStore;
import cn.huzhu.app.port.Page;
import cn.huzhu.app.port.UnitStore;
import cn.huzhu.domain.account.Account;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.account.PasswordHasher;
import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.identity.Masking;
import cn.huzhu.domain.unit.Unit;

/**
 * 信息维护 for the office: creates units with their login, resets passwords (the unit must choose a new one at next
 * login) and disables or enables logins. Temporary passwords are generated and shown once, never stored in clear.
 */
public final class UnitAdmin {
    private static final String PASSWORD_CHARS = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UnitStore units;
    private final AccountStore accounts;
    private final PasswordHasher hasher;
    private final Ids ids;

    public record NewUnit(String name, String username, Unit.Profile profile) {
    }

    public record AccountView(String username, String displayName, boolean disabled, boolean mustChangePassword,
            boolean locked) {
        static AccountView of(Account a) {
            return new AccountView(a.username(), a.displayName(), a.disabled(), a.mustChangePassword(),
                    a.lockedUntil() != null);
        }
    }

    /** A unit in the office's list: the contact's mobile masked, as personal numbers are in lists. */
    public record UnitLine(String id, String name, String contact, String mobileMasked, String email) {
        static UnitLine of(Unit u) {
            return new UnitLine(u.id(), u.name(), u.contact(), Masking.phone(u.mobile()), u.email());
        }
    }

    public record UnitWithAccounts(UnitLine unit, List<AccountView> accounts) {
    }

    /** The one time a temporary password is visible. */
    public record Credentials(String username, String temporaryPassword) {
    }

    public record Created(Unit unit, Credentials credentials) {
    }

    public UnitAdmin(UnitStore units, AccountStore accounts, PasswordHasher hasher, Ids ids) {
        this.units = units;
        this.accounts = accounts;
        this.hasher = hasher;
        this.ids = ids;
    }

    public Page<UnitWithAccounts> list(Caller caller, String nameContains, String cursor, int limit) {
        return units.list(caller.orgCode(), nameContains, cursor, limit)
                .map(unit -> new UnitWithAccounts(UnitLine.of(unit),
                        accounts.forUnit(unit.id()).stream().map(AccountView::of).toList()));
    }

    public Created create(Caller caller, NewUnit request) {
        Unit.Profile profile = request.profile() == null
                ? new Unit.Profile("", "", false, "", "", "", "", "", "", "", "", "")
                : request.profile();
        Unit unit = new Unit(ids.next(), caller.orgCode(), request.name() == null ? null : request.name().trim(), "", "",
                false, "", "", "", "", "", "", "", "", "", null).withProfile(profile);
        String password = temporaryPassword();
        Account account = Account.create(request.username() == null ? null : request.username().trim(), unit.name(),
                Role.UNIT, unit.id(), caller.orgCode(), hasher.hash(password), true);
        if (accounts.find(account.username()).isPresent()) {
            throw DomainException.conflict("USERNAME_TAKEN", "账号" + account.username() + "已存在");
        }
        units.create(unit);
        accounts.create(account);
        return new Created(unit, new Credentials(account.username(), password));
    }

    /** An office staff login to make: 审核员, 财务 or 理赔员 of the caller's org. */
    public record NewOfficeAccount(String username, String displayName, String role) {
    }

    /** A staff login as the office's list shows it, with its role. */
    public record OfficeAccountView(String username, String displayName, String role, String roleLabel, boolean disabled,
            boolean mustChangePassword) {
        static OfficeAccountView of(Account a) {
            return new OfficeAccountView(a.username(), a.displayName(), a.role().name(), a.role().label(), a.disabled(),
                    a.mustChangePassword());
        }
    }

    public List<OfficeAccountView> officeAccounts(Caller caller) {
        caller.requireRole(Role.REVIEWER);
        return accounts.officeOf(caller.orgCode()).stream().map(OfficeAccountView::of).toList();
    }

    /** Makes a staff login with a temporary password, changed at its first login. */
    public Credentials createOfficeAccount(Caller caller, NewOfficeAccount request) {
        caller.requireRole(Role.REVIEWER);
        Role role = Role.parse(request.role() == null ? "" : request.role())
                .orElseThrow(() -> DomainException.invalid("ROLE_INVALID", "角色应为审核员、财务或理赔员"));
        String password = temporaryPassword();
        Account account = Account.office(request.username(), request.displayName(), role, caller.orgCode(),
                () -> hasher.hash(password));
        accounts.create(account);
        return new Credentials(account.username(), password);
    }

    public Unit rename(Caller caller, String unitId, String name) {
        Unit unit = unitOfOrg(caller, unitId).renamed(name);
        units.update(unit);
        return unit;
    }

    public Credentials resetPassword(Caller caller, String username) {
        Account account = accountOfOrg(caller, username);
        String password = temporaryPassword();
        accounts.update(account.passwordReset(hasher.hash(password)));
        return new Credentials(account.username(), password);
    }

    public AccountView setDisabled(Caller caller, String username, boolean disabled) {
        Account updated = accountOfOrg(caller, username).disabled(disabled);
        accounts.update(updated);
        return AccountView.of(updated);
    }

    private Unit unitOfOrg(Caller caller, String unitId) {
        return units.find(unitId).filter(unit -> unit.orgCode().equals(caller.orgCode()))
                .orElseThrow(() -> DomainException.notFound("UNIT_NOT_FOUND", "单位不存在"));
    }

    /** Office staff reset and disable unit logins of their org only, never each other's. */
    private Account accountOfOrg(Caller caller, String username) {
        return accounts.find(username)
                .filter(account -> account.role() == Role.UNIT && account.orgCode().equals(caller.orgCode()))
                .orElseThrow(() -> DomainException.notFound("ACCOUNT_NOT_FOUND", "单位账号不存在"));
    }

    public static String temporaryPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            password.append(PASSWORD_CHARS.charAt(RANDOM.nextInt(PASSWORD_CHARS.length())));
        }
        // a letter and a digit at the end, so the temporary password itself meets the policy
        password.append(PASSWORD_CHARS.charAt(RANDOM.nextInt(46))).append((char) ('2' + RANDOM.nextInt(8)));
        return password.toString();
    }
}
