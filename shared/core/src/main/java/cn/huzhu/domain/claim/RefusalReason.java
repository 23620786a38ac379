package cn.huzhu.domain.claim;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

import cn.huzhu.domain.common.Labeled;

/**
 * 拒付 reasons, in the order that decides which one is given when several apply (the first); 材料不全 and 其他 are the
 * handler's, given by hand.
 */
public enum RefusalReason implements Labeled {
    NOT_ENROLLED("未参保/未缴费"),
    OUT_OF_COVER("不在保障期"),
    WAITING_PERIOD("观察期内"),
    TIME_BARRED("超过申领时效"),
    NOT_COVERED("非保障范围"),
    DUPLICATE("重复申领"),
    CAP_REACHED("已达封顶"),
    BELOW_DEDUCTIBLE("未达起付线"),
    MISSING_DOCUMENTS("材料不全"),
    OTHER("其他");

    private final String label;

    RefusalReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The reason given when these apply: the first in the order above. */
    public static Optional<RefusalReason> first(Collection<RefusalReason> applying) {
        return applying.stream().min(Comparator.naturalOrder());
    }

    public static Optional<RefusalReason> parse(String nameOrLabel) {
        return Labeled.parse(RefusalReason.class, nameOrLabel);
    }
}
