package cn.huzhu.domain.invoice;

import java.util.Optional;

import cn.huzhu.domain.common.Labeled;

/** 税号类型 of a receipt's payer. */
public enum TaxIdType implements Labeled {
    CREDIT_CODE("统一社会信用代码证书"), OTHER("其他");

    private final String label;

    TaxIdType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<TaxIdType> parse(String nameOrLabel) {
        return Labeled.parse(TaxIdType.class, nameOrLabel);
    }
}
