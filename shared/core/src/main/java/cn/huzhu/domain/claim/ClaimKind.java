package cn.huzhu.domain.claim;

import cn.huzhu.domain.catalog.ActivityType;
import cn.huzhu.domain.common.Labeled;

/** What a claim is for, and which activity type's cover holds it. */
public enum ClaimKind implements Labeled {
    HOSPITAL_STAY("住院医疗", ActivityType.HOSPITAL, true),
    CRITICAL_ILLNESS("重疾", ActivityType.CRITICAL_ILLNESS, true),
    FEMALE_DISEASE("女工特病", ActivityType.FEMALE_DISEASE, true),
    ACCIDENT_MEDICAL("意外医疗", ActivityType.ACCIDENT, false),
    ACCIDENT_DISABILITY("意外伤残", ActivityType.ACCIDENT, false),
    ACCIDENT_DEATH("意外身故", ActivityType.ACCIDENT, false);

    private final String label;
    private final ActivityType activityType;
    private final boolean illness;

    ClaimKind(String label, ActivityType activityType, boolean illness) {
        this.label = label;
        this.activityType = activityType;
        this.illness = illness;
    }

    @Override
    public String label() {
        return label;
    }

    public ActivityType activityType() {
        return activityType;
    }

    /** Illnesses wait out the 观察期; accidents have none. */
    public boolean waitsOutObservation() {
        return illness;
    }
}
