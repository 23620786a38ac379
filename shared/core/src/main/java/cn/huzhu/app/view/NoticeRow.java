package cn.huzhu.app.view;

import java.time.Instant;
import java.util.List;

import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.enrollment.Notice;

/** A line of 缴费通知单打印: the business, what it owes, and how often its notice was printed. */
public record NoticeRow(String id, String applicationNo, String businessTypeLabel, Instant createdAt, List<String> plans,
        String payable, String state, String stateLabel, int printCount, String reference) {

    public static NoticeRow of(Enrollment e) {
        Notice notice = e.settlement().notice();
        return new NoticeRow(e.id(), e.applicationNo(), e.businessType().label(), e.createdAt(),
                e.plans().stream().map(EnrollmentPlan::plan).map(p -> p.name()).toList(), Views.money(e.fees().payable()),
                e.state().name(), e.state().label(), notice == null ? 0 : notice.printCount(),
                notice == null ? null : notice.reference());
    }
}
