package cn.huzhu.app.unit;

import cn.huzhu.app.port.SettingsStore;
import cn.huzhu.app.port.UnitStore;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.unit.Unit;

/** 信息维护: a unit reads and edits its own profile (the basic info step ③ shows). */
public final class UnitProfile {
    private final UnitStore units;
    private final SettingsStore settings;

    /** The profile with the org path step ③ prints (中华全国总工会->中国职工保险互助会->青岛). */
    public record View(Unit unit, String orgName, String orgPath) {
    }

    public UnitProfile(UnitStore units, SettingsStore settings) {
        this.units = units;
        this.settings = settings;
    }

    public View get(Caller caller) {
        return view(load(caller.unitId()));
    }

    public View view(String unitId) {
        return view(load(unitId));
    }

    public View update(Caller caller, Unit.Profile form) {
        Unit current = load(caller.unitId());
        Unit updated = current.withProfile(form);
        units.update(updated);
        return view(updated);
    }

    private View view(Unit unit) {
        var org = settings.get(unit.orgCode()).org();
        return new View(unit, org.name(), org.path());
    }

    private Unit load(String unitId) {
        return units.find(unitId).orElseThrow(() -> DomainException.notFound("UNIT_NOT_FOUND", "单位信息不存在"));
    }
}
