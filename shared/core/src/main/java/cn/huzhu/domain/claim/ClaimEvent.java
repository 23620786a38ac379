package cn.huzhu.domain.claim;

import java.time.LocalDate;

import cn.huzhu.domain.common.Checks;
import cn.huzhu.domain.money.Money;

/**
 * What happened, with the fields its kind needs: a stay (admission, discharge, 总费用, 医保统筹支付, 个人自付(目录内));
 * an illness (diagnosis date and the illness of the plan's list); an accident (its date and what happened) with its
 * outcome (意外医疗 costs as a stay's, a 伤残 grade with the day it was assessed, or the day of death).
 */
public record ClaimEvent(LocalDate admittedOn, LocalDate dischargedOn, Money totalCost, Money insurancePaid,
        Money selfPaid, LocalDate diagnosedOn, String illnessCode, LocalDate accidentOn, String description,
        Integer disabilityGrade, LocalDate outcomeOn) {

    /** Accidents whose 身故 or 伤残 comes this many days after them are covered: a setting's default. */
    public static final int ACCIDENT_OUTCOME_DAYS = 180;

    /** The day that must lie inside the cover. */
    public LocalDate coveredDay(ClaimKind kind) {
        return switch (kind) {
            case HOSPITAL_STAY -> admittedOn;
            case CRITICAL_ILLNESS, FEMALE_DISEASE -> diagnosedOn;
            default -> accidentOn;
        };
    }

    /** The day 时效 runs from. */
    public LocalDate deadlineFrom(ClaimKind kind) {
        return switch (kind) {
            case HOSPITAL_STAY -> dischargedOn;
            case ACCIDENT_DISABILITY, ACCIDENT_DEATH -> outcomeOn;
            case ACCIDENT_MEDICAL -> dischargedOn != null ? dischargedOn : accidentOn;
            default -> diagnosedOn;
        };
    }

    /** Every field the kind needs, consistent; checked on submission (a draft may be incomplete). */
    public void check(ClaimKind kind, LocalDate today) {
        Checks checks = new Checks();
        switch (kind) {
            case HOSPITAL_STAY, ACCIDENT_MEDICAL -> {
                if (kind == ClaimKind.ACCIDENT_MEDICAL) {
                    checkAccident(checks, today);
                }
                checkStay(checks, today);
            }
            case CRITICAL_ILLNESS, FEMALE_DISEASE -> {
                checks.require(diagnosedOn != null && !diagnosedOn.isAfter(today), "diagnosedOn", "请填写不晚于今天的确诊日期");
                checks.require(illnessCode != null && !illnessCode.isBlank(), "illnessCode", "请选择病种");
            }
            case ACCIDENT_DISABILITY -> {
                checkAccident(checks, today);
                checks.require(disabilityGrade != null && disabilityGrade >= 1 && disabilityGrade <= 10, "disabilityGrade",
                        "伤残等级应为1至10级");
                checkOutcome(checks, today, "伤残鉴定日期");
            }
            case ACCIDENT_DEATH -> {
                checkAccident(checks, today);
                checkOutcome(checks, today, "身故日期");
            }
        }
        checks.throwIfAny("CLAIM_EVENT_INVALID");
    }

    private void checkStay(Checks checks, LocalDate today) {
        checks.require(admittedOn != null && !admittedOn.isAfter(today), "admittedOn", "请填写不晚于今天的入院日期");
        checks.require(dischargedOn != null && !dischargedOn.isAfter(today) && (admittedOn == null
                || !dischargedOn.isBefore(admittedOn)), "dischargedOn", "出院日期应不早于入院日期、不晚于今天");
        checks.require(totalCost != null && totalCost.fen() > 0, "totalCost", "请填写大于0的总费用");
        checks.require(insurancePaid != null && !insurancePaid.isNegative(), "insurancePaid", "请填写医保统筹支付（无则填0）");
        checks.require(selfPaid != null && !selfPaid.isNegative(), "selfPaid", "请填写个人自付(目录内)（无则填0）");
        if (totalCost != null && insurancePaid != null && selfPaid != null) {
            checks.require(insurancePaid.plus(selfPaid).compareTo(totalCost) <= 0, "selfPaid",
                    "医保统筹支付与个人自付(目录内)之和不能超过总费用");
        }
    }

    private void checkAccident(Checks checks, LocalDate today) {
        checks.require(accidentOn != null && !accidentOn.isAfter(today), "accidentOn", "请填写不晚于今天的事故日期");
        checks.require(description != null && !description.isBlank() && description.length() <= 500, "description",
                "请简述事故经过（不超过500字）");
    }

    private void checkOutcome(Checks checks, LocalDate today, String label) {
        checks.require(outcomeOn != null && !outcomeOn.isAfter(today) && (accidentOn == null || !outcomeOn.isBefore(accidentOn)),
                "outcomeOn", label + "应不早于事故日期、不晚于今天");
    }

    /** 身故 or 伤残 later than {@value #ACCIDENT_OUTCOME_DAYS} days after the accident is not covered. */
    public boolean outcomeTooLate(ClaimKind kind, int outcomeDays) {
        return (kind == ClaimKind.ACCIDENT_DISABILITY || kind == ClaimKind.ACCIDENT_DEATH) && accidentOn != null
                && outcomeOn != null && outcomeOn.isAfter(accidentOn.plusDays(outcomeDays));
    }
}
