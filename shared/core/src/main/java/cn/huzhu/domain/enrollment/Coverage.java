package cn.huzhu.domain.enrollment;

import java.time.LocalDate;

import cn.huzhu.domain.catalog.ActivityType;

/**
 * A person's confirmed cover in one activity type, as recorded at payment confirmation: the latest last day of cover,
 * which makes the person 未到期 on later rosters until then.
 */
public record Coverage(ActivityType activityType, String personKey, LocalDate startsOn, LocalDate endsOn,
        String enrollmentId, String planCode) {
}
