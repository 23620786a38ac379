package cn.huzhu.app.port;

import cn.huzhu.domain.settings.Settings;

public interface SettingsStore {
    /** The org's settings; the packaged defaults until the office saves its own. */
    Settings get(String orgCode);

    void save(Settings settings);
}
