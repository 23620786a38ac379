package cn.huzhu.domain.invoice;

import java.util.Arrays;
import java.util.Optional;

/** 会费来源: where the money a receipt is for comes from. */
public enum FeeSource {
    UNION_FUNDS("工会经费"), ADMINISTRATIVE_FUNDS("行政经费"), MEMBERS("会员自付");

    private final String label;

    FeeSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<FeeSource> parse(String nameOrLabel) {
        return Arrays.stream(values()).filter(s -> s.name().equals(nameOrLabel) || s.label.equals(nameOrLabel)).findFirst();
    }
}
