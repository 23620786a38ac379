package cn.huzhu.app.view;

import java.time.Instant;
import java.time.LocalDate;

import cn.huzhu.domain.enrollment.Confirmation;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.Fulfilment;
import cn.huzhu.domain.enrollment.Payment;

/** The payment of an enrollment, its 确认书 record and how far the work after confirmation came. */
public record SettlementView(String payable, PaymentView payment, ConfirmationView confirmation,
        FulfilmentView fulfilment) {

    public record PaymentView(String amount, LocalDate receivedOn, String bankReference, String confirmedBy,
            Instant confirmedAt) {
    }

    public record ConfirmationView(String number, LocalDate confirmedOn, LocalDate effectiveOn, int printCount,
            Instant lastPrintedAt) {
    }

    public record FulfilmentView(String status, String statusLabel, String message, Instant updatedAt) {
    }

    public static SettlementView of(Enrollment e) {
        Payment p = e.settlement().payment();
        Confirmation c = e.settlement().confirmation();
        Fulfilment f = e.settlement().fulfilment();
        return new SettlementView(Views.money(e.fees().payable()),
                p == null ? null : new PaymentView(Views.money(p.amount()), p.receivedOn(), p.bankReference(),
                        p.confirmedBy(), p.confirmedAt()),
                c == null ? null : new ConfirmationView(c.number(), c.confirmedOn(), c.effectiveOn(), c.printCount(),
                        c.lastPrintedAt()),
                f == null ? null : new FulfilmentView(f.status().name(), f.status().label(), f.message(), f.updatedAt()));
    }
}
