package cn.huzhu.domain.enrollment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import cn.huzhu.domain.catalog.RateBase;

/** 参保率: persons enrolled in a plan over the plan's base headcount. */
public final class ParticipationRate {
    private ParticipationRate() {
    }

    public static Optional<Integer> base(RateBase base, Integer employees, Integer femaleEmployees) {
        return Optional.ofNullable(base == RateBase.FEMALE_EMPLOYEES ? femaleEmployees : employees);
    }

    /** The rate in percent with two decimals, or empty when the base is unknown or zero. */
    public static Optional<BigDecimal> percent(int persons, Integer base) {
        if (base == null || base == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(persons * 100L).divide(BigDecimal.valueOf(base), 2, RoundingMode.HALF_UP));
    }

    /** Exact comparison, free of rounding: persons / base >= minPercent / 100. */
    public static boolean meets(int persons, int base, BigDecimal minPercent) {
        return BigDecimal.valueOf(persons * 100L).compareTo(minPercent.multiply(BigDecimal.valueOf(base))) >= 0;
    }
}
