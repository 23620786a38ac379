package cn.huzhu.domain.identity;

import java.util.Optional;

/** 性别 as written on rosters. */
public enum Gender {
    MALE("男"), FEMALE("女");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Gender> fromLabel(String label) {
        String wanted = label == null ? "" : label.trim();
        for (Gender gender : values()) {
            if (gender.label.equals(wanted)) {
                return Optional.of(gender);
            }
        }
        return Optional.empty();
    }
}
