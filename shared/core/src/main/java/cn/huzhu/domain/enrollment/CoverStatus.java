package cn.huzhu.domain.enrollment;

import cn.huzhu.domain.common.Labeled;

/** Where a cover stands on a day: 未生效, 保障中, 已到期, or 已终止 (ended early by death). */
public enum CoverStatus implements Labeled {
    NOT_STARTED("未生效"), ACTIVE("保障中"), EXPIRED("已到期"), TERMINATED("已终止");

    private final String label;

    CoverStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
