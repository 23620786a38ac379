package cn.huzhu.app.enrollment;

import java.time.Clock;
import java.util.List;

import cn.huzhu.app.Ids;
import cn.huzhu.app.port.CatalogStore;
import cn.huzhu.app.port.EnrollmentStore;
import cn.huzhu.app.port.MemberStore;
import cn.huzhu.app.port.SequenceStore;
import cn.huzhu.app.port.SettingsStore;
import cn.huzhu.app.port.UnitStore;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.catalog.Activity;
import cn.huzhu.domain.catalog.ChosenPlan;
import cn.huzhu.domain.catalog.Plan;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.unit.Unit;

/** Step ①: a unit starts a draft enrollment with the plans and shares it chose. */
public final class CreateEnrollment {
    private final EnrollmentStore enrollments;
    private final UnitStore units;
    private final PlanChoice planChoice;
    private final SequenceStore sequences;
    private final SettingsStore settings;
    private final Ids ids;
    private final Clock clock;

    public record PlanRequest(String planCode, Integer shares) {
    }

    public record Request(Boolean newBusiness, List<PlanRequest> plans) {
    }

    public CreateEnrollment(EnrollmentStore enrollments, UnitStore units, PlanChoice planChoice, SequenceStore sequences,
            SettingsStore settings, Ids ids, Clock clock) {
        this.enrollments = enrollments;
        this.units = units;
        this.planChoice = planChoice;
        this.sequences = sequences;
        this.settings = settings;
        this.ids = ids;
        this.clock = clock;
    }

    public Enrollment create(Caller caller, Request request) {
        Unit unit = units.find(caller.unitId())
                .orElseThrow(() -> DomainException.notFound("UNIT_NOT_FOUND", "单位信息不存在，请联系办事处"));
        List<PlanRequest> requested = request.plans() == null ? List.of() : request.plans();
        List<EnrollmentPlan> rows = requested.stream()
                .map(plan -> EnrollmentPlan.chosen(planChoice.choose(plan.planCode()), shares(plan.shares())))
                .toList();
        String prefix = settings.get(unit.orgCode()).numbering().applicationPrefix();
        String applicationNo = prefix + sequences.next("application-" + unit.orgCode());
        Enrollment enrollment = Enrollment.draft(ids.next(), applicationNo, unit.id(), unit.name(), unit.orgCode(),
                clock.instant(), caller.username(), Boolean.TRUE.equals(request.newBusiness()), rows);
        enrollments.create(enrollment);
        rows.forEach(row -> planChoice.markChosen(row.code()));
        return enrollment;
    }

    static int shares(Integer shares) {
        if (shares == null) {
            throw DomainException.invalid("SHARES_REQUIRED", "请填写份数");
        }
        return shares;
    }

    /** Looks plans up in the catalog for a unit to choose, and remembers that they were chosen. */
    public static final class PlanChoice {
        private final CatalogStore catalog;
        private final MemberStore members;

        public PlanChoice(CatalogStore catalog, MemberStore members) {
            this.catalog = catalog;
            this.members = members;
        }

        public ChosenPlan choose(String planCode) {
            Plan plan = catalog.plan(planCode == null ? "" : planCode)
                    .orElseThrow(() -> DomainException.invalid("PLAN_NOT_FOUND", "保障活动细类" + planCode + "不存在"));
            Activity activity = catalog.activity(plan.activityId())
                    .orElseThrow(() -> DomainException.invalid("ACTIVITY_NOT_FOUND", "保障活动不存在"));
            if (plan.retired() || activity.retired()) {
                throw DomainException.invalid("PLAN_RETIRED", "「" + plan.name() + "」已停办，不能选择");
            }
            return ChosenPlan.of(plan, activity);
        }

        public void markChosen(String planCode) {
            catalog.markUsed(planCode);
        }

        /** Members left from a removed plan row must not come back when the plan is chosen again. */
        public void clearLeftovers(String enrollmentId, String planCode) {
            members.deleteAll(enrollmentId, planCode);
        }
    }
}
