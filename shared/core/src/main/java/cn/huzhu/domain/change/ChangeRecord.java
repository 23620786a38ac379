package cn.huzhu.domain.change;

import java.time.Instant;

/**
 * One entry of 变更记录: a change to the members of a confirmed enrollment during its term, who made it and when.
 *
 * @param personKey the member's keyed hash (never the ID number); {@code personName} as the lists show it
 * @param detail what changed, in the words a unit reads (e.g. "离职，2026-05-01")
 */
public record ChangeRecord(String id, ChangeKind kind, String enrollmentId, String applicationNo, String unitId,
        String unitName, String orgCode, String personKey, String personName, String detail, Instant at, String by) {

    public ChangeRecord withDetail(String newDetail) {
        return new ChangeRecord(id, kind, enrollmentId, applicationNo, unitId, unitName, orgCode, personKey, personName,
                newDetail, at, by);
    }
}
