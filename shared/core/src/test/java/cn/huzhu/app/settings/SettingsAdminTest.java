package cn.huzhu.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.huzhu.adapter.dynamodb.DynamoSettingsStore;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.common.Problem;
import cn.huzhu.domain.settings.Settings;
import cn.huzhu.testing.World;

class SettingsAdminTest {
    private final World world = new World();

    @Test
    void anOrgSavesItsOwnSettingsAndEveryContainerSeesThemAfterItsCacheExpires() {
        String org = "S" + UUID.randomUUID().toString().substring(0, 6);
        Caller reviewer = new Caller("r", Role.REVIEWER, null, org);
        Settings defaults = DynamoSettingsStore.packagedDefaults();
        Settings mine = new Settings(new Settings.Org(org, "测试机构", "测试->机构"), defaults.payee(),
                new Settings.PaymentWindow(20), defaults.contacts(), defaults.districtOffices(), defaults.numbering(),
                new Settings.Limits(1024 * 1024, 1000, 1000, 1024 * 1024, 3, 5, 0), null, new Settings.Renewals(30));
        DynamoSettingsStore otherContainer = new DynamoSettingsStore(world.stores.table, world.clock, Duration.ZERO);
        SettingsAdmin admin = new SettingsAdmin(world.stores.settings);
        admin.save(reviewer, mine);
        assertThat(admin.get(reviewer).limits().rosterMaxRows()).isEqualTo(1000);
        assertThat(otherContainer.get(org).paymentWindow().lastConfirmedDay()).isEqualTo(20);
        assertThat(otherContainer.get(org).renewals().earlyWarningDays()).isEqualTo(30);
        assertThat(otherContainer.get(org).limits().invoicesPerBusiness()).as("0 means the default").isEqualTo(1000);
        assertThatThrownBy(() -> admin.save(new Caller("r", Role.REVIEWER, null, "1503"), mine)).hasMessage("只能修改本机构的设置");
    }

    @Test
    void refusesBrokenSettings() {
        Settings d = DynamoSettingsStore.packagedDefaults();
        assertThatThrownBy(() -> new Settings(d.org(), new Settings.Payee("", "12ab", "", "1", ""), new Settings.PaymentWindow(31),
                d.contacts(), d.districtOffices(), new Settings.Numbering("prt", "", "G"), new Settings.Limits(0, 0, 50, 0, 1, 0, 2000), null,
                new Settings.Renewals(367))).hasMessageContaining("收款账户名称不能为空").isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.details()).extracting(Problem::field)
                                .contains("limits.invoicesPerBusiness", "renewals.earlyWarningDays"));
    }
}
