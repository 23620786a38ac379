package cn.huzhu.domain.invoice;

import java.util.Optional;

import cn.huzhu.domain.common.Labeled;

/** 缴费渠道: the ways the office takes payments (the payment notice lists them). */
public enum PaymentChannel implements Labeled {
    TRANSFER("转账"), CHEQUE("支票"), CHEQUE_DEPOSIT("支票倒存"), WIRE("电汇"), TREASURY("国库支付");

    private final String label;

    PaymentChannel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<PaymentChannel> parse(String nameOrLabel) {
        return Labeled.parse(PaymentChannel.class, nameOrLabel);
    }
}
