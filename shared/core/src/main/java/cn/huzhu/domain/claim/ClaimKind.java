package cn.huzhu.domain.claim;

import java.util.List;

import cn.huzhu.domain.catalog.ActivityType;
import cn.huzhu.domain.common.Labeled;

/** What a claim is for, and which activity type's cover holds it. */
public enum ClaimKind implements Labeled {
    HOSPITAL_STAY("住院医疗", ActivityType.HOSPITAL, true, List.of("出院小结", "费用清单", "医保结算单", "发票")),
    CRITICAL_ILLNESS("重疾", ActivityType.CRITICAL_ILLNESS, true, List.of("诊断证明", "病理报告")),
    FEMALE_DISEASE("女工特病", ActivityType.FEMALE_DISEASE, true, List.of("诊断证明", "病理报告")),
    ACCIDENT_MEDICAL("意外医疗", ActivityType.ACCIDENT, false, List.of("事故证明", "费用清单", "发票")),
    ACCIDENT_DISABILITY("意外伤残", ActivityType.ACCIDENT, false, List.of("事故证明", "伤残鉴定")),
    ACCIDENT_DEATH("意外身故", ActivityType.ACCIDENT, false, List.of("事故证明", "死亡证明"));

    private final String label;
    private final ActivityType activityType;
    private final boolean illness;
    private final List<String> documents;

    ClaimKind(String label, ActivityType activityType, boolean illness, List<String> documents) {
        this.label = label;
        this.activityType = activityType;
        this.illness = illness;
        this.documents = documents;
    }

    /** The documents a claim of this kind needs, each at least once. */
    public List<String> requiredDocuments() {
        return documents;
    }

    @Override
    public String label() {
        return label;
    }

    public ActivityType activityType() {
        return activityType;
    }

    public static java.util.Optional<ClaimKind> parse(String nameOrLabel) {
        return Labeled.parse(ClaimKind.class, nameOrLabel);
    }

    /** Illnesses wait out the 观察期; accidents have none. */
    public boolean waitsOutObservation() {
        return illness;
    }
}
