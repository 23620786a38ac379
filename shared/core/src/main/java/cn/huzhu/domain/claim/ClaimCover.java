package cn.huzhu.domain.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.huzhu.domain.enrollment.MemberCover;
import cn.huzhu.domain.identity.Gender;

/**
 * Whether a member's cover holds a claim's event, as the reasons that refuse it (the first in {@link RefusalReason}'s
 * order is the one given): no cover of the type through the unit, or a man's 女工特病 (未参保/未缴费); the event outside
 * the cover, or after a death (不在保障期); an illness inside the 观察期 (观察期内); filed too late (超过申领时效).
 */
public final class ClaimCover {
    private ClaimCover() {
    }

    /**
     * @param cover the member's cover through the unit in the claim's activity type, or null when there is none
     * @param event the day that must lie in cover: admission for a stay, diagnosis, or the accident
     * @param deadlineFrom the day 时效 runs from: discharge for a stay, else the event
     * @param firstSubmitted the day the claim was first submitted (today for a check before submission)
     */
    public static List<RefusalReason> reasons(ClaimKind kind, MemberCover cover, Gender gender, LocalDate event,
            LocalDate deadlineFrom, LocalDate firstSubmitted, int deadlineYears) {
        List<RefusalReason> reasons = new ArrayList<>();
        if (cover == null || kind == ClaimKind.FEMALE_DISEASE && gender == Gender.MALE) {
            reasons.add(RefusalReason.NOT_ENROLLED);
            return reasons;
        }
        boolean afterDeath = cover.removal() != null && cover.removal().reason().endsCover()
                && event.isAfter(cover.removal().date());
        if (event.isBefore(cover.startsOn()) || event.isAfter(cover.endsOn()) || afterDeath) {
            reasons.add(RefusalReason.OUT_OF_COVER);
        }
        if (kind.waitsOutObservation() && cover.waitingOn(event)) {
            reasons.add(RefusalReason.WAITING_PERIOD);
        }
        if (!ClaimDeadline.timely(deadlineFrom, firstSubmitted, deadlineYears)) {
            reasons.add(RefusalReason.TIME_BARRED);
        }
        return reasons;
    }
}
