package cn.huzhu.app.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.huzhu.domain.enrollment.Confirmation;
import cn.huzhu.domain.enrollment.Enrollment;

/** A line of 确认书打印: the 确认书号, its dates, the plans with their persons, and how often it was printed. */
public record ConfirmationRow(String id, String confirmationNo, String applicationNo, String businessTypeLabel,
        LocalDate confirmedOn, LocalDate effectiveOn, List<EnrollmentSummary.PlanCount> plans, String payable,
        int printCount, Instant lastPrintedAt) {

    public static ConfirmationRow of(Enrollment e) {
        Confirmation c = e.settlement().confirmation();
        return new ConfirmationRow(e.id(), c.number(), e.applicationNo(), e.businessType().label(), c.confirmedOn(),
                c.effectiveOn(), EnrollmentSummary.of(e).plans(), Views.money(e.fees().payable()), c.printCount(),
                c.lastPrintedAt());
    }
}
