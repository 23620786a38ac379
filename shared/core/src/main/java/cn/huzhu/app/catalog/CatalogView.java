package cn.huzhu.app.catalog;

import java.util.List;

import cn.huzhu.app.port.CatalogStore;
import cn.huzhu.app.view.ActivityView;
import cn.huzhu.app.view.PlanView;
import cn.huzhu.domain.catalog.Plan;

/** The catalog as units choose from it (open activities and plans only) and as the office keeps it (all). */
public final class CatalogView {
    private final CatalogStore catalog;

    public CatalogView(CatalogStore catalog) {
        this.catalog = catalog;
    }

    public List<ActivityView> open() {
        List<Plan> plans = catalog.plans();
        return catalog.activities().stream().filter(activity -> !activity.retired())
                .map(activity -> ActivityView.of(activity, plans.stream()
                        .filter(plan -> plan.activityId().equals(activity.id()) && !plan.retired())
                        .map(PlanView::of).toList()))
                .filter(activity -> !activity.plans().isEmpty())
                .toList();
    }

    public List<ActivityView> all() {
        List<Plan> plans = catalog.plans();
        return catalog.activities().stream()
                .map(activity -> ActivityView.of(activity, plans.stream()
                        .filter(plan -> plan.activityId().equals(activity.id())).map(PlanView::of).toList()))
                .toList();
    }
}
