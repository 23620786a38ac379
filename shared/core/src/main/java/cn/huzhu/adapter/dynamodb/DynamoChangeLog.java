package cn.huzhu.adapter.dynamodb;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.huzhu.app.port.ChangeLog;
import cn.huzhu.app.port.Page;
import cn.huzhu.domain.change.ChangeKind;
import cn.huzhu.domain.change.ChangeRecord;

/**
 * 变更记录 in their enrollment's partition (SK CHG#time#id), a unit's in GSI1 (UNITCHG#unit) and an org's in GSI2
 * (ORGCHG#org), both by time. Changes are made by hand, a few a minute: no partition is hot.
 */
public final class DynamoChangeLog implements ChangeLog {
    private final DynamoTable table;

    public DynamoChangeLog(DynamoTable table) {
        this.table = table;
    }

    record ChangeItem(@JsonProperty("PK") String pk, @JsonProperty("SK") String sk,
            @JsonProperty("GSI1PK") String gsi1pk, @JsonProperty("GSI1SK") String gsi1sk,
            @JsonProperty("GSI2PK") String gsi2pk, @JsonProperty("GSI2SK") String gsi2sk, String id, String kind,
            String enrollmentId, String applicationNo, String unitId, String unitName, String orgCode, String personKey,
            String personName, String detail, String at, String by) {

        static ChangeItem of(ChangeRecord c) {
            String time = Times.sortable(c.at()) + "#" + c.id();
            return new ChangeItem("ENR#" + c.enrollmentId(), "CHG#" + time, "UNITCHG#" + c.unitId(), time,
                    "ORGCHG#" + c.orgCode(), time, c.id(), c.kind().name(), c.enrollmentId(), c.applicationNo(),
                    c.unitId(), c.unitName(), c.orgCode(), c.personKey(), c.personName(), c.detail(), Times.text(c.at()),
                    c.by());
        }

        ChangeRecord toRecord() {
            return new ChangeRecord(id, ChangeKind.valueOf(kind), enrollmentId, applicationNo, unitId, unitName, orgCode,
                    personKey, personName, detail, Times.instant(at), by);
        }
    }

    @Override
    public void recordAll(List<ChangeRecord> records) {
        table.putAll(records.stream().map(ChangeItem::of).toList());
    }

    @Override
    public Page<ChangeRecord> forUnit(String unitId, String cursor, int limit) {
        return table.query(Query.on(DynamoTable.GSI1, "GSI1PK", "UNITCHG#" + unitId).descending().limit(limit)
                .cursor(cursor).build(), ChangeItem.class).map(ChangeItem::toRecord);
    }

    @Override
    public Page<ChangeRecord> forOrg(String orgCode, String cursor, int limit) {
        return table.query(Query.on(DynamoTable.GSI2, "GSI2PK", "ORGCHG#" + orgCode).descending().limit(limit)
                .cursor(cursor).build(), ChangeItem.class).map(ChangeItem::toRecord);
    }

    @Override
    public long count(String enrollmentId) {
        return table.count(Query.on(null, "PK", "ENR#" + enrollmentId).sortBeginsWith("SK", "CHG#").build());
    }
}
