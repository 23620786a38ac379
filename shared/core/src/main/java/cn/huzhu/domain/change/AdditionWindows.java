package cn.huzhu.domain.change;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * 增员's windows, measured on the day the 增员 is submitted (完成), every bound inclusive: anyone may be added until
 * {@code anyoneDays} after the 原参保单's 生效日期 (生效日期 + 10 yes, + 11 no), later only people hired within the last
 * {@code newHireDays} (hired today qualifies); and only while at least {@code minRemainingDays} of its cover remain.
 */
public record AdditionWindows(int anyoneDays, int newHireDays, int minRemainingDays) {

    /** Why a 增员 submitted on {@code day} is too late for a 原参保单 whose cover ends on {@code commonEnd}, if it is. */
    public Optional<String> termProblem(LocalDate day, LocalDate commonEnd) {
        long remaining = ChronoUnit.DAYS.between(day, commonEnd);
        return remaining >= minRemainingDays ? Optional.empty()
                : Optional.of("原参保单的保障期至" + commonEnd + "，剩余不足" + minRemainingDays + "天，不能再增员");
    }

    public boolean anyoneMayJoin(LocalDate day, LocalDate effectiveOn) {
        return !day.isAfter(effectiveOn.plusDays(anyoneDays));
    }

    /** Why a person hired on {@code hiredOn} (null: not given) may not be added on {@code day}, if they may not. */
    public Optional<String> hireProblem(LocalDate day, LocalDate effectiveOn, LocalDate hiredOn) {
        if (anyoneMayJoin(day, effectiveOn)) {
            return Optional.empty();
        }
        if (hiredOn == null) {
            return Optional.of("原参保单生效" + anyoneDays + "天后只能增员" + newHireDays + "天内新入职的人员，请填写入职日期");
        }
        if (hiredOn.isAfter(day)) {
            return Optional.of("入职日期" + hiredOn + "晚于今天");
        }
        return hiredOn.isBefore(day.minusDays(newHireDays))
                ? Optional.of("入职日期" + hiredOn + "已超过" + newHireDays + "天，原参保单生效" + anyoneDays + "天后不能再增员")
                : Optional.empty();
    }
}
