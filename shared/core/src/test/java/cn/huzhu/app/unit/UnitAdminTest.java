package cn.huzhu.app.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.huzhu.domain.account.Account;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.account.PasswordHasher;
import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.unit.Unit;
import cn.huzhu.testing.World;

/** 信息维护: the office's unit management and a unit's own profile. */
class UnitAdminTest {
    private final World world = new World();

    @Test
    void createsAUnitWithALoginThatMustChangeItsPassword() {
        String username = "new" + UUID.randomUUID().toString().substring(0, 6);
        UnitAdmin.Created created = world.unitAdmin.create(world.reviewer, new UnitAdmin.NewUnit("新建测试单位", username,
                new Unit.Profile("企业", "", false, "山东", "青岛市", "崂山区", "", "王", "", "13900000000", "x@example.com", null)));
        assertThat(created.credentials().temporaryPassword()).hasSize(12).matches(".*[A-Za-z].*").matches(".*\\d.*");
        Account account = world.stores.accounts.find(username).orElseThrow();
        assertThat(account.mustChangePassword()).isTrue();
        assertThat(account.unitId()).isEqualTo(created.unit().id());
        assertThat(PasswordHasher.owasp().matches(created.credentials().temporaryPassword(), account.passwordHash())).isTrue();
        assertThat(account.passwordHash()).doesNotContain(created.credentials().temporaryPassword());
        assertThatThrownBy(() -> world.unitAdmin.create(world.reviewer, new UnitAdmin.NewUnit("另一单位", username, null)))
                .hasMessageContaining("已存在");
        assertThat(world.unitAdmin.list(world.reviewer, "新建测试", null, 50).items()).anySatisfy(u -> {
            assertThat(u.accounts()).extracting(UnitAdmin.AccountView::username).contains(username);
            assertThat(u.unit().mobileMasked()).isEqualTo("139****0000");
        });
    }

    @Test
    void resetsAndDisablesOnlyUnitLoginsOfItsOwnOrg() {
        String username = "rst" + UUID.randomUUID().toString().substring(0, 6);
        world.unitAdmin.create(world.reviewer, new UnitAdmin.NewUnit("重置测试单位", username, null));
        Account before = world.stores.accounts.find(username).orElseThrow();
        UnitAdmin.Credentials reset = world.unitAdmin.resetPassword(world.reviewer, username);
        Account after = world.stores.accounts.find(username).orElseThrow();
        assertThat(after.mustChangePassword()).isTrue();
        assertThat(after.tokenGeneration()).isGreaterThan(before.tokenGeneration());
        assertThat(PasswordHasher.owasp().matches(reset.temporaryPassword(), after.passwordHash())).isTrue();
        assertThat(world.unitAdmin.setDisabled(world.reviewer, username, true).disabled()).isTrue();

        Caller otherOrg = new Caller("reviewer-other", Role.REVIEWER, null, "9999");
        assertThatThrownBy(() -> world.unitAdmin.resetPassword(otherOrg, username)).hasMessage("单位账号不存在");
        String officeName = "off" + UUID.randomUUID().toString().substring(0, 6);
        world.stores.accounts.create(Account.create(officeName, "审核员", Role.REVIEWER, null, "1503", "h", false));
        assertThatThrownBy(() -> world.unitAdmin.resetPassword(world.reviewer, officeName)).hasMessage("单位账号不存在");
    }

    @Test
    void aUnitEditsItsProfileButNotItsName() {
        Caller unit = world.newUnit("资料测试单位");
        UnitProfile profiles = new UnitProfile(world.stores.units, world.stores.settings);
        UnitProfile.View view = profiles.update(unit, new Unit.Profile("事业单位", "市总工会", true, "山东", "青岛市", "市北区",
                "延吉路1号", "赵", "0532-8282000", "13912345678", "new@example.com", null));
        assertThat(view.unit().name()).isEqualTo("资料测试单位");
        assertThat(view.unit().secret()).isTrue();
        assertThat(view.orgPath()).isEqualTo("中华全国总工会->中国职工保险互助会->青岛");
        assertThatThrownBy(() -> profiles.update(unit, new Unit.Profile("", "", false, "", "", "", "", "", "abc", "123", "bad", null)))
                .hasMessageContaining("办公电话");
        assertThat(profiles.update(unit, new Unit.Profile(null, null, null, null, null, null, null, null, null, null, null,
                "91370202ma3c7h2k50")).unit().creditCode()).isEqualTo("91370202MA3C7H2K50");
        // the user guide's sample code has a wrong check character
        assertThatThrownBy(() -> profiles.update(unit, new Unit.Profile(null, null, null, null, null, null, null, null, null,
                null, null, "123702006762229200"))).hasMessageContaining("校验位");
        assertThat(world.stores.units.find(unit.unitId()).orElseThrow().creditCode()).isEqualTo("91370202MA3C7H2K50");
    }

    @Test
    void fieldsLeftOutKeepTheirValueAndTheContactTheOfficeWritesToStaysRequired() {
        Caller unit = world.newUnit("部分更新单位");
        UnitProfile profiles = new UnitProfile(world.stores.units, world.stores.settings);
        Unit before = world.stores.units.find(unit.unitId()).orElseThrow();
        UnitProfile.View view = profiles.update(unit, new Unit.Profile(null, null, null, null, null, null, null, null, null,
                null, null, null));
        Unit after = world.stores.units.find(unit.unitId()).orElseThrow();
        assertThat(after.email()).isEqualTo(before.email()).isNotBlank();
        assertThat(after.mobile()).isEqualTo(before.mobile());
        assertThat(after.address()).isEqualTo(before.address());
        assertThat(view.unit().mobileMasked()).isEqualTo("138****0000");
        profiles.update(unit, new Unit.Profile(null, null, null, null, null, null, null, null, null, "", null, null));
        assertThat(world.stores.units.find(unit.unitId()).orElseThrow().mobile()).isEqualTo("13800000000");
        assertThatThrownBy(() -> profiles.update(unit, new Unit.Profile(null, null, null, null, null, null, null, "", null,
                null, " ", null))).hasMessageContaining("联系人");
        assertThat(world.stores.units.find(unit.unitId()).orElseThrow().email()).isEqualTo(before.email());
    }

    @Test
    void aReviewerMakesStaffLoginsOfItsOrgWithARoleOfTheOffice() {
        String username = "clm" + UUID.randomUUID().toString().substring(0, 6);
        UnitAdmin.Credentials made = world.unitAdmin.createOfficeAccount(world.reviewer,
                new UnitAdmin.NewOfficeAccount(username, "理赔员甲", "CLAIMS"));
        Account account = world.stores.accounts.find(username).orElseThrow();
        assertThat(account.role()).isEqualTo(Role.CLAIMS);
        assertThat(account.mustChangePassword()).isTrue();
        assertThat(PasswordHasher.owasp().matches(made.temporaryPassword(), account.passwordHash())).isTrue();
        assertThat(world.unitAdmin.officeAccounts(world.reviewer)).extracting(UnitAdmin.OfficeAccountView::username)
                .contains(username);
        assertThat(world.unitAdmin.officeAccounts(new Caller("r9", Role.REVIEWER, null, "9999")))
                .extracting(UnitAdmin.OfficeAccountView::username).doesNotContain(username);
        assertThatThrownBy(() -> world.unitAdmin.createOfficeAccount(world.reviewer,
                new UnitAdmin.NewOfficeAccount("u" + username, "单位", "UNIT"))).hasMessageContaining("审核员、财务或理赔员");
        assertThatThrownBy(() -> world.unitAdmin.createOfficeAccount(world.finance,
                new UnitAdmin.NewOfficeAccount("f" + username, "财务", "FINANCE"))).isInstanceOf(DomainException.class);
    }
}
