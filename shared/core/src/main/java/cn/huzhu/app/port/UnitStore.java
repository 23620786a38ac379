package cn.huzhu.app.port;

import java.util.Optional;

import cn.huzhu.domain.unit.Unit;

public interface UnitStore {
    Optional<Unit> find(String unitId);

    void create(Unit unit);

    /** Optimistic: fails with CONFLICT when the unit changed since it was read. */
    void update(Unit unit);

    /** The org's units by name; {@code nameContains} may be empty. */
    Page<Unit> list(String orgCode, String nameContains, String cursor, int limit);
}
