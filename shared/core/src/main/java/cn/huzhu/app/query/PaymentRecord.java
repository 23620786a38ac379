package cn.huzhu.app.query;

import java.time.Instant;
import java.time.LocalDate;

import cn.huzhu.app.view.Views;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.Notice;
import cn.huzhu.domain.enrollment.Payment;

/**
 * 缴费记录: one business's money as the unit follows it: what was due, the notice's 缴款识别码, and once finance confirmed
 * it the amount, 到账日期 and 银行流水号; its receipts open from the row (线上开票录入's 电子票据).
 */
public record PaymentRecord(String id, String applicationNo, String businessTypeLabel, String stateLabel, String payable,
        Instant invoicesSubmittedAt, String reference, String paidAmount, LocalDate receivedOn, String bankReference,
        Instant confirmedAt, String confirmationNo) {

    static PaymentRecord of(Enrollment e) {
        Notice notice = e.settlement().notice();
        Payment paid = e.settlement().payment();
        return new PaymentRecord(e.id(), e.applicationNo(), e.businessType().label(), e.state().label(),
                Views.money(e.fees().payable()), e.settlement().invoicesSubmittedAt(),
                notice == null ? null : notice.reference(), paid == null ? null : Views.money(paid.amount()),
                paid == null ? null : paid.receivedOn(), paid == null ? null : paid.bankReference(),
                paid == null ? null : paid.confirmedAt(),
                e.settlement().confirmation() == null ? null : e.settlement().confirmation().number());
    }
}
