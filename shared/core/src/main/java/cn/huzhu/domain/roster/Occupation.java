package cn.huzhu.domain.roster;

import java.util.Optional;

/** 职业类别. 高危职业 members may pay a higher fee and only join plans that take them. */
public enum Occupation {
    GENERAL("一般职业"), HIGH_RISK("高危职业");

    private final String label;

    Occupation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Occupation> fromLabel(String label) {
        String wanted = label == null ? "" : label.trim();
        for (Occupation occupation : values()) {
            if (occupation.label.equals(wanted)) {
                return Optional.of(occupation);
            }
        }
        return Optional.empty();
    }
}
