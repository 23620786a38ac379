package cn.huzhu.domain.enrollment;

import java.util.Optional;

import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.common.Labeled;

/** 业务类型: a first enrollment (参保), one started from a confirmed one (续保), or members added to one during its term (增员). */
public enum BusinessType implements Labeled {
    NEW("参保"), RENEWAL("续保"), ADDITION("增员");

    private final String label;

    BusinessType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<BusinessType> parse(String nameOrLabel) {
        return Labeled.parse(BusinessType.class, nameOrLabel);
    }

    /** A list's 业务类型 filter: null or blank for every type. */
    public static BusinessType filter(String nameOrLabel) {
        if (nameOrLabel == null || nameOrLabel.isBlank()) {
            return null;
        }
        return parse(nameOrLabel).orElseThrow(() -> DomainException.invalid("BUSINESS_TYPE_INVALID", "业务类型应为参保、续保或增员"));
    }
}
