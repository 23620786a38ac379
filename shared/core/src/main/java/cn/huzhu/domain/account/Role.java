package cn.huzhu.domain.account;

import java.util.Optional;

/** Who a caller is to the system. */
public enum Role {
    UNIT("单位经办人"), REVIEWER("审核员"), FINANCE("财务"), CLAIMS("理赔员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOffice() {
        return this != UNIT;
    }

    public static Optional<Role> parse(String name) {
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
