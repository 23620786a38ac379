package cn.huzhu.app.view;

import java.util.List;

import cn.huzhu.domain.catalog.Activity;

/** An activity with its plans. */
public record ActivityView(String id, String name, String type, String typeLabel, boolean retired, List<PlanView> plans) {
    public static ActivityView of(Activity a, List<PlanView> plans) {
        return new ActivityView(a.id(), a.name(), a.type().name(), a.type().label(), a.retired(), plans);
    }
}
