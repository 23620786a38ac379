package cn.huzhu.domain.enrollment;

import java.time.Instant;
import java.time.LocalDate;

import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.common.BusinessDay;

/**
 * 减员: a member taken off a confirmed enrollment during its term, with the reason and the date. Fees are not refunded:
 * cover runs to the term's end, except that 死亡 ends it on the date of death.
 *
 * @param at when it was recorded, {@code by} whom: the unit may undo it on the same day (Beijing time), later only the office
 */
public record Removal(RemovalReason reason, LocalDate date, Instant at, String by) {
    /** The last day of cover of a member whose term would end on {@code termEnd}. */
    public LocalDate coverEnd(LocalDate termEnd) {
        return reason.endsCover() && date.isBefore(termEnd) ? date : termEnd;
    }

    /** Whether {@code role} may undo it at {@code now}: the office always, the unit on the day it was recorded. */
    public boolean undoableBy(Role role, Instant now) {
        return role != Role.UNIT || at.atZone(BusinessDay.ZONE).toLocalDate().equals(now.atZone(BusinessDay.ZONE).toLocalDate());
    }
}
