package cn.huzhu.app.settings;

import cn.huzhu.app.port.SettingsStore;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.settings.Settings;

/** The office reads and saves its org's settings; everyone reads the contacts page. */
public final class SettingsAdmin {
    private final SettingsStore settings;

    public record Contacts(String officeName, java.util.List<Settings.ContactLine> contacts,
            java.util.List<Settings.ContactLine> districtOffices) {
    }

    public SettingsAdmin(SettingsStore settings) {
        this.settings = settings;
    }

    public Settings get(Caller caller) {
        return settings.get(caller.orgCode());
    }

    public Settings save(Caller caller, Settings updated) {
        if (updated.org() == null || !caller.orgCode().equals(updated.org().code())) {
            throw DomainException.forbidden("ORG_MISMATCH", "只能修改本机构的设置");
        }
        settings.save(updated);
        return updated;
    }

    public Contacts contacts(String orgCode) {
        Settings current = settings.get(orgCode);
        return new Contacts(current.payee().accountName(), current.contacts(), current.districtOffices());
    }
}
