package cn.huzhu.domain.enrollment;

import java.util.EnumSet;
import java.util.Set;

/** Where an enrollment (参保单) stands. */
public enum EnrollmentState {
    DRAFT("草稿"),
    SUBMITTED("待初审"),
    APPROVED("审核通过"),
    RETURNED("已退回"),
    AWAITING_PAYMENT("待缴费"),
    CONFIRMED("已确认"),
    CANCELLED("已作废");

    private final String label;

    EnrollmentState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 审核通过 and after it: what 线上开票录入 lists and what a 缴费通知单 may be printed for. */
    public static final Set<EnrollmentState> APPROVED_OR_LATER = Set.copyOf(EnumSet.of(APPROVED, AWAITING_PAYMENT, CONFIRMED));

    /** The unit may change plans, members and details only while the enrollment is a draft or was returned. */
    public boolean editableByUnit() {
        return this == DRAFT || this == RETURNED;
    }
}
