package cn.huzhu.domain.catalog;

/** A plan as it stood when a unit chose it, with its activity: an enrollment keeps this copy, whatever the catalog does later. */
public record ChosenPlan(Plan plan, String activityName, ActivityType activityType) {
    public static ChosenPlan of(Plan plan, Activity activity) {
        return new ChosenPlan(plan, activity.name(), activity.type());
    }

    public String code() {
        return plan.code();
    }
}
