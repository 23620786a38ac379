package cn.huzhu.app.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.huzhu.app.port.EnrollmentStore;
import cn.huzhu.app.port.InvoiceStore;
import cn.huzhu.app.port.Page;
import cn.huzhu.domain.common.BusinessDay;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentState;
import cn.huzhu.domain.invoice.Invoice;
import cn.huzhu.domain.statement.OpenDue;

/** Every 待缴费 enrollment of an org whose notice has been printed, read once per statement, page by page. */
final class OpenDues {
    private static final int PAGE = 500;

    private final EnrollmentStore enrollments;
    private final InvoiceStore invoices;

    OpenDues(EnrollmentStore enrollments, InvoiceStore invoices) {
        this.enrollments = enrollments;
        this.invoices = invoices;
    }

    List<OpenDue> of(String orgCode) {
        List<OpenDue> dues = new ArrayList<>();
        String cursor = null;
        do {
            Page<Enrollment> page = enrollments.inStates(new EnrollmentStore.QueueQuery(orgCode,
                    Set.of(EnrollmentState.AWAITING_PAYMENT), false, null, null, null, cursor, PAGE));
            List<Enrollment> printed = page.items().stream().filter(e -> e.settlement().notice() != null).toList();
            Map<String, List<Invoice>> stored = invoices.ofAll(printed);
            for (Enrollment e : printed) {
                dues.add(due(e, stored.getOrDefault(e.id(), List.of())));
            }
            cursor = page.next();
        } while (cursor != null);
        return dues;
    }

    static OpenDue due(Enrollment e, List<Invoice> invoices) {
        LocalDate printedOn = LocalDate.ofInstant(e.settlement().notice().firstPrintedAt(), BusinessDay.ZONE);
        return new OpenDue(e.id(), e.applicationNo(), e.unitId(), e.unitName(), e.settlement().notice().reference(),
                e.fees().payable(), printedOn, invoices.stream().map(Invoice::title).distinct().toList());
    }
}
