package cn.huzhu.app.query;

import java.util.ArrayList;
import java.util.List;

import cn.huzhu.app.port.ChangeLog;
import cn.huzhu.app.port.Page;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.change.ChangeRecord;

/** 变更记录: a unit sees its own, office staff every unit's of their org; newest first, by page or for an export. */
public final class ChangeRecords {
    /** An export holds at most this many of the newest entries. */
    public static final int EXPORT_MAX = 5_000;
    private static final int EXPORT_PAGE = 500;

    private final ChangeLog log;

    public ChangeRecords(ChangeLog log) {
        this.log = log;
    }

    public Page<ChangeRecord> page(Caller caller, String cursor, int limit) {
        return caller.role() == Role.UNIT ? log.forUnit(caller.unitId(), cursor, limit) : log.forOrg(caller.orgCode(), cursor, limit);
    }

    /** The newest entries, up to {@link #EXPORT_MAX}, read a page at a time. */
    public List<ChangeRecord> forExport(Caller caller) {
        List<ChangeRecord> all = new ArrayList<>();
        String cursor = null;
        do {
            Page<ChangeRecord> page = page(caller, cursor, Math.min(EXPORT_PAGE, EXPORT_MAX - all.size()));
            all.addAll(page.items());
            cursor = page.next();
        } while (cursor != null && all.size() < EXPORT_MAX);
        return all;
    }
}
