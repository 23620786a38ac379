package cn.huzhu.app.port;

import java.util.List;
import java.util.Optional;

import cn.huzhu.domain.claim.PlanBenefits;
import cn.huzhu.domain.catalog.Activity;
import cn.huzhu.domain.catalog.Plan;

public interface CatalogStore {
    List<Activity> activities();

    List<Plan> plans();

    Optional<Activity> activity(String id);

    Optional<Plan> plan(String code);

    /** Fails with CONFLICT when the id exists. */
    void createActivity(Activity activity);

    void updateActivity(Activity activity);

    /** Fails with CONFLICT when the code exists. */
    void createPlan(Plan plan);

    void updatePlan(Plan plan);

    /** Marks a plan as chosen by an enrollment: from then on it can be retired but not deleted. */
    void markUsed(String planCode);

    boolean used(String planCode);

    void deletePlan(String planCode);

    /** A plan's benefit figures for claims; empty until entered. */
    Optional<PlanBenefits> benefits(String planCode);

    void saveBenefits(PlanBenefits benefits);
}
