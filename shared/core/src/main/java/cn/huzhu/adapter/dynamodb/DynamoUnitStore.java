package cn.huzhu.adapter.dynamodb;

import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.huzhu.app.port.Page;
import cn.huzhu.app.port.UnitStore;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.unit.Unit;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Units: PK UNIT#id; GSI1 lists an org's units by name. */
public final class DynamoUnitStore implements UnitStore {
    private final DynamoTable table;

    public DynamoUnitStore(DynamoTable table) {
        this.table = table;
    }

    record UnitItem(
            @JsonProperty("PK") String pk, @JsonProperty("SK") String sk,
            @JsonProperty("GSI1PK") String gsi1pk, @JsonProperty("GSI1SK") String gsi1sk,
            String id, String orgCode, String name, String nature, String union, boolean secret, String province,
            String city, String district, String address, String contact, String officePhone, String mobile,
            String email, String creditCode, Long version) {

        static UnitItem of(Unit u, long version) {
            return new UnitItem("UNIT#" + u.id(), "UNIT", "ORGUNITS#" + u.orgCode(), u.name() + "#" + u.id(), u.id(),
                    u.orgCode(), u.name(), u.nature(), u.union(), u.secret(), u.province(), u.city(), u.district(),
                    u.address(), u.contact(), u.officePhone(), u.mobile(), u.email(), u.creditCode(), version);
        }

        Unit toUnit() {
            return new Unit(id, orgCode, name, nature, union, secret, province, city, district, address, contact,
                    officePhone, mobile, email, creditCode, version);
        }
    }

    @Override
    public Optional<Unit> find(String unitId) {
        return table.get("UNIT#" + unitId, "UNIT", UnitItem.class).map(UnitItem::toUnit);
    }

    @Override
    public void create(Unit unit) {
        if (!table.insert(UnitItem.of(unit, 1))) {
            throw DomainException.conflict("UNIT_EXISTS", "单位编号" + unit.id() + "已存在");
        }
    }

    @Override
    public void update(Unit unit) {
        table.putVersioned(UnitItem.of(unit, unit.version() + 1), unit.version());
    }

    @Override
    public Page<Unit> list(String orgCode, String nameContains, String cursor, int limit) {
        Query.Builder query = Query.on(DynamoTable.GSI1, "GSI1PK", "ORGUNITS#" + orgCode).limit(limit).cursor(cursor);
        if (nameContains != null && !nameContains.isBlank()) {
            query.filter("contains(#name, :name)", Map.of("#name", "name"), Map.of(":name", AttributeValue.fromS(nameContains.trim())));
        }
        return table.query(query.build(), UnitItem.class).map(UnitItem::toUnit);
    }
}
