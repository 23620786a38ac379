package cn.huzhu.domain.claim;

import cn.huzhu.domain.catalog.ActivityType;
import cn.huzhu.domain.common.DomainException;

/**
 * A plan's benefit figures for claims, as the office enters them in the catalog: the figures its activity type uses
 * (住院医疗: medical; 重疾 / 女工特病: the illness list; 意外伤害: accident). {@code placeholder} marks demo figures that
 * stand in until the office enters its own; every screen says so.
 */
public record PlanBenefits(String planCode, MedicalFigures medical, IllnessFigures illnesses, AccidentFigures accident,
        boolean placeholder) {

    /**
     * The office's own figures for a plan of this activity type: those its claims are computed by must be there
     * (住院医疗: 起付线/比例/封顶; 重疾 and 女工特病: the illness list; 意外伤害: 身故/伤残 and 意外医疗), each illness code
     * once; no longer a placeholder.
     */
    public static PlanBenefits entered(String planCode, ActivityType type, MedicalFigures medical, IllnessFigures illnesses,
            AccidentFigures accident) {
        boolean complete = switch (type) {
            case HOSPITAL -> medical != null;
            case CRITICAL_ILLNESS, FEMALE_DISEASE -> illnesses != null && !illnesses.illnesses().isEmpty();
            case ACCIDENT -> accident != null && accident.medical() != null;
            case NEW_BUSINESS -> true;
        };
        if (!complete) {
            throw DomainException.invalid("BENEFITS_INCOMPLETE", "请录入" + type.label() + "类保障活动的全部保障金参数");
        }
        if (illnesses != null && illnesses.illnesses().stream().map(IllnessFigures.Illness::code).distinct().count()
                != illnesses.illnesses().size()) {
            throw DomainException.invalid("ILLNESS_CODE_DUPLICATE", "病种编码不能重复");
        }
        return new PlanBenefits(planCode, medical, illnesses, accident, false);
    }
}
