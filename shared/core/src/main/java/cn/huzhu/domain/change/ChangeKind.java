package cn.huzhu.domain.change;

import cn.huzhu.domain.common.Labeled;

/** What a 变更记录 entry records. */
public enum ChangeKind implements Labeled {
    REMOVAL("减员"), REMOVAL_UNDONE("撤销减员"), ADDITION("增员"), CORRECTION("信息更正");

    private final String label;

    ChangeKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
