package cn.huzhu.domain.invoice;

import java.util.Optional;

import cn.huzhu.domain.common.Labeled;

/** 会费来源: where the money a receipt is for comes from. */
public enum FeeSource implements Labeled {
    UNION_FUNDS("工会经费"), ADMINISTRATIVE_FUNDS("行政经费"), MEMBERS("会员自付");

    private final String label;

    FeeSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<FeeSource> parse(String nameOrLabel) {
        return Labeled.parse(FeeSource.class, nameOrLabel);
    }
}
