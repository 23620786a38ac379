package cn.huzhu.adapter.dynamodb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import cn.huzhu.app.port.CatalogStore;
import cn.huzhu.domain.claim.PlanBenefits;
import cn.huzhu.domain.catalog.Activity;
import cn.huzhu.domain.catalog.ActivityType;
import cn.huzhu.domain.catalog.Plan;
import cn.huzhu.domain.common.DomainException;

/** The catalog: one partition CATALOG holding ACTIVITY#id and PLAN#code items (small, read whole). */
public final class DynamoCatalogStore implements CatalogStore {
    private static final String PK = "CATALOG";

    private final DynamoTable table;

    public DynamoCatalogStore(DynamoTable table) {
        this.table = table;
    }

    record ActivityItem(@JsonProperty("PK") String pk, @JsonProperty("SK") String sk, String id, String name,
            String type, boolean retired) {
        static ActivityItem of(Activity a) {
            return new ActivityItem(PK, "ACTIVITY#" + a.id(), a.id(), a.name(), a.type().name(), a.retired());
        }

        Activity toActivity() {
            return new Activity(id, name, ActivityType.valueOf(type), retired);
        }
    }

    /** A plan's item: its fields at the top level of the item, beside the keys. */
    record PlanItem(@JsonProperty("PK") String pk, @JsonProperty("SK") String sk, @JsonUnwrapped PlanData plan,
            boolean used) {
        PlanItem(PlanData plan, boolean used) {
            this(PK, "PLAN#" + plan.code(), plan, used);
        }
    }

    @Override
    public List<Activity> activities() {
        List<Activity> activities = new ArrayList<>();
        table.queryAll(Query.on(null, "PK", PK).sortBeginsWith("SK", "ACTIVITY#").build(), ActivityItem.class,
                item -> activities.add(item.toActivity()));
        activities.sort(Comparator.comparing(Activity::id));
        return activities;
    }

    @Override
    public List<Plan> plans() {
        List<Plan> plans = new ArrayList<>();
        table.queryAll(Query.on(null, "PK", PK).sortBeginsWith("SK", "PLAN#").build(), PlanItem.class,
                item -> plans.add(item.plan().toPlan()));
        plans.sort(Comparator.comparing(Plan::code));
        return plans;
    }

    @Override
    public Optional<Activity> activity(String id) {
        return table.get(PK, "ACTIVITY#" + id, ActivityItem.class).map(ActivityItem::toActivity);
    }

    @Override
    public Optional<Plan> plan(String code) {
        return planItem(code).map(item -> item.plan().toPlan());
    }

    private Optional<PlanItem> planItem(String code) {
        return table.get(PK, "PLAN#" + code, PlanItem.class);
    }

    @Override
    public void createActivity(Activity activity) {
        if (!table.insert(ActivityItem.of(activity))) {
            throw DomainException.conflict("ACTIVITY_EXISTS", "保障活动编号" + activity.id() + "已存在");
        }
    }

    @Override
    public void updateActivity(Activity activity) {
        table.put(ActivityItem.of(activity));
    }

    @Override
    public void createPlan(Plan plan) {
        if (!table.insert(new PlanItem(PlanData.of(plan), false))) {
            throw DomainException.conflict("PLAN_EXISTS", "细类编码" + plan.code() + "已存在");
        }
    }

    @Override
    public void updatePlan(Plan plan) {
        boolean used = used(plan.code());
        table.put(new PlanItem(PlanData.of(plan), used));
    }

    @Override
    public void markUsed(String planCode) {
        planItem(planCode).filter(item -> !item.used()).ifPresent(item -> table.put(new PlanItem(item.plan(), true)));
    }

    @Override
    public boolean used(String planCode) {
        return planItem(planCode).map(PlanItem::used).orElse(false);
    }

    @Override
    public void deletePlan(String planCode) {
        table.delete(PK, "PLAN#" + planCode);
    }

    /** A plan's benefit figures, beside the plan in the catalog's partition. */
    record BenefitsItem(@JsonProperty("PK") String pk, @JsonProperty("SK") String sk, PlanBenefits benefits) {
    }

    @Override
    public Optional<PlanBenefits> benefits(String planCode) {
        return table.get(PK, "BENEFITS#" + planCode, BenefitsItem.class).map(BenefitsItem::benefits);
    }

    @Override
    public void saveBenefits(PlanBenefits benefits) {
        table.put(new BenefitsItem(PK, "BENEFITS#" + benefits.planCode(), benefits));
    }
}
