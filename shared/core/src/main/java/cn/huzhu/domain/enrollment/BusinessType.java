package cn.huzhu.domain.enrollment;

import java.util.Arrays;
import java.util.Optional;

/** 业务类型: a first enrollment (参保) or one started from a confirmed one (续保). */
public enum BusinessType {
    NEW("参保"), RENEWAL("续保");

    private final String label;

    BusinessType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<BusinessType> parse(String nameOrLabel) {
        return Arrays.stream(values()).filter(t -> t.name().equals(nameOrLabel) || t.label.equals(nameOrLabel)).findFirst();
    }
}
