package cn.huzhu.domain.roster;

import java.time.LocalDate;

/**
 * Where an accepted person goes in one plan, and from when.
 *
 * @param coverageStart the day after a coverage of the same activity type that has not ended yet; null when cover starts
 *     with the enrollment's (the planned effective date, then the one confirmed)
 * @param unexpiredUntil the last day of that earlier coverage when there is one (the member is 未到期), else null
 */
public record Placement(String planCode, LocalDate coverageStart, LocalDate unexpiredUntil) {
    public boolean unexpired() {
        return unexpiredUntil != null;
    }
}
