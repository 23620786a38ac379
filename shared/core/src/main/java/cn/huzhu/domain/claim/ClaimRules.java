package cn.huzhu.domain.claim;

import java.math.BigDecimal;
import java.util.List;

/**
 * The numbers claims are judged by that are not catalog data: 时效 in years, how many days after an accident its 身故 or
 * 伤残 is still covered, and the 伤残 ratios by grade (1级 first).
 */
public record ClaimRules(int deadlineYears, int outcomeDays, List<BigDecimal> gradePercents) {
    public static final ClaimRules DEFAULT = new ClaimRules(2, ClaimEvent.ACCIDENT_OUTCOME_DAYS, List.of(
            new BigDecimal("100"), new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("70"), new BigDecimal("60"),
            new BigDecimal("50"), new BigDecimal("40"), new BigDecimal("30"), new BigDecimal("20"), new BigDecimal("10")));

    public ClaimRules {
        gradePercents = List.copyOf(gradePercents);
        if (deadlineYears < 1 || outcomeDays < 1 || gradePercents.size() != 10) {
            throw new IllegalArgumentException("claim rules need a deadline, an outcome window and ten grade ratios");
        }
    }
}
