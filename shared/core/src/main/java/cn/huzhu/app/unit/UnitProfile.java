package cn.huzhu.app.unit;

import cn.huzhu.app.port.SettingsStore;
import cn.huzhu.app.port.UnitStore;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.identity.Masking;
import cn.huzhu.domain.unit.Unit;

/** 信息维护: a unit reads and edits its own profile (the basic info step ③ shows). */
public final class UnitProfile {
    private final UnitStore units;
    private final SettingsStore settings;

    /** The profile with the org path step ③ prints (中华全国总工会->中国职工保险互助会->青岛); the mobile masked. */
    public record View(Card unit, String orgName, String orgPath) {
    }

    /** A unit as screens show it: every field but the mobile, which shows as 138****1234 wherever it appears. */
    public record Card(String id, String orgCode, String name, String nature, String union, boolean secret,
            String province, String city, String district, String address, String contact, String officePhone,
            String mobileMasked, String email, String creditCode) {
        public static Card of(Unit u) {
            return new Card(u.id(), u.orgCode(), u.name(), u.nature(), u.union(), u.secret(), u.province(), u.city(),
                    u.district(), u.address(), u.contact(), u.officePhone(), Masking.phone(u.mobile()), u.email(),
                    u.creditCode());
        }
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
        updated.requireContact();
        units.update(updated);
        return view(updated);
    }

    private View view(Unit unit) {
        var org = settings.get(unit.orgCode()).org();
        return new View(Card.of(unit), org.name(), org.path());
    }

    private Unit load(String unitId) {
        return units.find(unitId).orElseThrow(() -> DomainException.notFound("UNIT_NOT_FOUND", "单位信息不存在"));
    }
}
