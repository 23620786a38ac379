package cn.huzhu.domain.enrollment;

import java.time.Instant;

/**
 * One change of a plan's members in progress: an import, or a unit's edit of one member. While it holds, nothing else
 * changes that plan's members and the enrollment cannot be submitted, so the plan's counts always equal its stored
 * members. A holder that died lets go when {@code until} passes; whoever takes the plan next recounts it.
 *
 * @param owner who holds it (an import batch, or one edit request)
 */
public record RosterLock(String planCode, String owner, Kind kind, Instant until) {
    public enum Kind {
        IMPORT("IMPORT_RUNNING", "人员清单正在导入，请等导入完成后再操作"),
        EDIT("ROSTER_BUSY", "人员信息正在保存，请稍后再试");

        private final String code;
        private final String message;

        Kind(String code, String message) {
            this.code = code;
            this.message = message;
        }

        public String code() {
            return code;
        }

        public String message() {
            return message;
        }
    }

    public boolean liveAt(Instant now) {
        return now.isBefore(until);
    }
}
