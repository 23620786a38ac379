package cn.huzhu.domain.claim;

/**
 * A plan's benefit figures for claims, as the office enters them in the catalog: the figures its activity type uses
 * (住院医疗: medical; 重疾 / 女工特病: the illness list; 意外伤害: accident). {@code placeholder} marks demo figures that
 * stand in until the office enters its own; every screen says so.
 */
public record PlanBenefits(String planCode, MedicalFigures medical, IllnessFigures illnesses, AccidentFigures accident,
        boolean placeholder) {
}
