package cn.huzhu.domain.enrollment;

import java.util.Optional;

import cn.huzhu.domain.common.Labeled;

/**
 * Why a member leaves during a term (减员原因): the unit's four, and 重症给付, which a paid 重症 claim records (the plan's
 * cover ends with the diagnosis).
 */
public enum RemovalReason implements Labeled {
    RESIGNED("离职"), RETIRED("退休"), TRANSFERRED("调出"), DECEASED("死亡"), SEVERE_ILLNESS_PAID("重症给付");

    private final String label;

    RemovalReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether the cover ends on the removal's date (else it runs to the term's end: 会费不退). */
    public boolean endsCover() {
        return this == DECEASED || this == SEVERE_ILLNESS_PAID;
    }

    /** Whether a unit may give it as a 减员's reason (重症给付 is recorded by the payout). */
    public boolean chosenByUnit() {
        return this != SEVERE_ILLNESS_PAID;
    }

    public static Optional<RemovalReason> parse(String nameOrLabel) {
        return Labeled.parse(RemovalReason.class, nameOrLabel);
    }
}
