package cn.huzhu.adapter.dynamodb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.huzhu.api.Json;
import cn.huzhu.app.port.SettingsStore;
import cn.huzhu.domain.settings.Settings;

/**
 * Settings per org (PK SETTINGS#org), cached per container for a short while so a function does not read them on
 * every request. Until the office saves its own, the packaged defaults (settings-defaults.json) apply.
 */
public final class DynamoSettingsStore implements SettingsStore {
    private static final String DEFAULTS = "/cn/huzhu/settings-defaults.json";

    private final DynamoTable table;
    private final Clock clock;
    private final Duration cacheFor;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Settings settings, Instant until) {
    }

    record SettingsItem(@JsonProperty("PK") String pk, @JsonProperty("SK") String sk, Settings settings) {
    }

    public DynamoSettingsStore(DynamoTable table, Clock clock, Duration cacheFor) {
        this.table = table;
        this.clock = clock;
        this.cacheFor = cacheFor;
    }

    public static Settings packagedDefaults() {
        try (InputStream in = DynamoSettingsStore.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS + " is missing from the jar");
            }
            return Json.value(in, Settings.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Settings get(String orgCode) {
        Instant now = clock.instant();
        Cached cached = cache.get(orgCode);
        if (cached != null && now.isBefore(cached.until())) {
            return cached.settings();
        }
        Settings settings = table.get("SETTINGS#" + orgCode, "SETTINGS", SettingsItem.class)
                .map(SettingsItem::settings)
                .orElseGet(DynamoSettingsStore::packagedDefaults);
        cache.put(orgCode, new Cached(settings, now.plus(cacheFor)));
        return settings;
    }

    @Override
    public void save(Settings settings) {
        table.put(new SettingsItem("SETTINGS#" + settings.org().code(), "SETTINGS", settings));
        cache.remove(settings.org().code());
    }
}
