package cn.huzhu.domain.catalog;

import java.util.Optional;

/** 保障活动类型. Coverage "not yet ended" (未到期) is judged per person within one type. */
public enum ActivityType {
    HOSPITAL("住院医疗"),
    CRITICAL_ILLNESS("重疾"),
    ACCIDENT("意外"),
    FEMALE_DISEASE("女工特病"),
    NEW_BUSINESS("新业态专项");

    private final String label;

    ActivityType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ActivityType> parse(String nameOrLabel) {
        for (ActivityType type : values()) {
            if (type.name().equals(nameOrLabel) || type.label.equals(nameOrLabel)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
