package cn.huzhu.app.port;

import java.util.List;

import cn.huzhu.domain.change.ChangeRecord;

/** 变更记录: every change to the members of confirmed enrollments, newest first. */
public interface ChangeLog {
    /** Writes the entries in batches. */
    void recordAll(List<ChangeRecord> records);

    /** A unit's entries, newest first. */
    Page<ChangeRecord> forUnit(String unitId, String cursor, int limit);

    /** An org's entries across its units, newest first. */
    Page<ChangeRecord> forOrg(String orgCode, String cursor, int limit);

    /** How many entries an enrollment has: what changed its member list since it was printed. */
    long count(String enrollmentId);
}
