package cn.huzhu.app.catalog;

import cn.huzhu.app.port.CatalogStore;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.catalog.Activity;
import cn.huzhu.domain.claim.PlanBenefits;
import cn.huzhu.domain.catalog.ActivityType;
import cn.huzhu.domain.catalog.Plan;
import cn.huzhu.domain.common.DomainException;

/**
 * The office keeps the catalog. A plan some enrollment has chosen can be retired but not deleted; enrollments keep
 * their own copy, so edits never change them.
 */
public final class CatalogAdmin {
    private final CatalogStore catalog;

    public record ActivityForm(String id, String name, String type) {
        public Activity toActivity(boolean retired) {
            ActivityType parsed = type == null ? null : ActivityType.parse(type).orElseThrow(
                    () -> DomainException.invalid("ACTIVITY_INVALID", "保障活动类型无效"));
            return new Activity(id == null ? null : id.trim(), name == null ? null : name.trim(), parsed, retired);
        }
    }

    public CatalogAdmin(CatalogStore catalog) {
        this.catalog = catalog;
    }

    public Activity createActivity(Caller caller, ActivityForm form) {
        caller.requireRole(Role.REVIEWER);
        Activity activity = form.toActivity(false);
        catalog.createActivity(activity);
        return activity;
    }

    public Activity updateActivity(Caller caller, String id, ActivityForm form) {
        caller.requireRole(Role.REVIEWER);
        Activity existing = requireActivity(id);
        Activity updated = new ActivityForm(id, form.name(), form.type()).toActivity(existing.retired());
        catalog.updateActivity(updated);
        return updated;
    }

    public Activity setActivityRetired(Caller caller, String id, boolean retired) {
        caller.requireRole(Role.REVIEWER);
        Activity existing = requireActivity(id);
        Activity updated = existing.withRetired(retired);
        catalog.updateActivity(updated);
        return updated;
    }

    public Plan createPlan(Caller caller, PlanForm form) {
        caller.requireRole(Role.REVIEWER);
        Plan plan = form.toPlan(form.code(), false);
        requireActivity(plan.activityId());
        catalog.createPlan(plan);
        return plan;
    }

    public Plan updatePlan(Caller caller, String code, PlanForm form) {
        caller.requireRole(Role.REVIEWER);
        Plan existing = requirePlan(code);
        Plan updated = form.toPlan(code, existing.retired());
        requireActivity(updated.activityId());
        catalog.updatePlan(updated);
        return updated;
    }

    public Plan setPlanRetired(Caller caller, String code, boolean retired) {
        caller.requireRole(Role.REVIEWER);
        Plan plan = requirePlan(code).withRetired(retired);
        catalog.updatePlan(plan);
        return plan;
    }

    /** The office's own benefit figures for a plan (no longer 示例数据), complete for its activity type. */
    public PlanBenefits saveBenefits(Caller caller, String code, PlanBenefits form) {
        caller.requireRole(Role.REVIEWER);
        Plan plan = catalog.plan(code).orElseThrow(() -> DomainException.notFound("PLAN_NOT_FOUND", "保障活动细类不存在"));
        Activity activity = catalog.activity(plan.activityId()).orElseThrow();
        PlanBenefits saved = PlanBenefits.entered(code, activity.type(), form.medical(), form.illnesses(), form.accident());
        catalog.saveBenefits(saved);
        return saved;
    }

    public void deletePlan(Caller caller, String code) {
        caller.requireRole(Role.REVIEWER);
        requirePlan(code);
        if (catalog.used(code)) {
            throw DomainException.conflict("PLAN_IN_USE", "该细类已被参保单选用，不能删除，只能停办");
        }
        catalog.deletePlan(code);
    }

    private Activity requireActivity(String id) {
        return catalog.activity(id == null ? "" : id)
                .orElseThrow(() -> DomainException.notFound("ACTIVITY_NOT_FOUND", "保障活动不存在"));
    }

    private Plan requirePlan(String code) {
        return catalog.plan(code).orElseThrow(() -> DomainException.notFound("PLAN_NOT_FOUND", "细类不存在"));
    }
}
