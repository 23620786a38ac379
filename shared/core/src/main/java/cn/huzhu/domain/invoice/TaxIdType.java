package cn.huzhu.domain.invoice;

import java.util.Arrays;
import java.util.Optional;

/** 税号类型 of a receipt's payer. */
public enum TaxIdType {
    CREDIT_CODE("统一社会信用代码证书"), OTHER("其他");

    private final String label;

    TaxIdType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<TaxIdType> parse(String nameOrLabel) {
        return Arrays.stream(values()).filter(t -> t.name().equals(nameOrLabel) || t.label.equals(nameOrLabel)).findFirst();
    }
}
