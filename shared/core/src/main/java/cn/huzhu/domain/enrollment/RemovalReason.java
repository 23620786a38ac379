package cn.huzhu.domain.enrollment;

import java.util.Optional;

import cn.huzhu.domain.common.Labeled;

/** Why a member leaves during a term (减员原因). */
public enum RemovalReason implements Labeled {
    RESIGNED("离职"), RETIRED("退休"), TRANSFERRED("调出"), DECEASED("死亡");

    private final String label;

    RemovalReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<RemovalReason> parse(String nameOrLabel) {
        return Labeled.parse(RemovalReason.class, nameOrLabel);
    }
}
