package cn.huzhu.domain.invoice;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.huzhu.domain.common.Checks;
import cn.huzhu.domain.identity.CreditCode;
import cn.huzhu.domain.identity.TextNormalizer;
import cn.huzhu.domain.money.Money;

/**
 * An invoice as the unit types it (新增开票信息): every field checked at once, each problem under its field. Lines are
 * checked against the enrollment's plans by {@link InvoiceBook}.
 */
public record InvoiceForm(String source, String title, String taxIdType, String taxId, String channel,
        String payerEmail, String otherInfo, List<Line> lines, Integer revision) {

    public static final int TITLE_MAX = ReceiptPayer.TITLE_MAX;
    public static final int OTHER_INFO_MAX = ReceiptPayer.OTHER_INFO_MAX;
    public static final int NOTE_MAX = 20;
    public static final int PERSONS_MAX = 10_000_000;
    public static final Money UNIT_PRICE_MAX = Money.ofYuan(1_000_000);

    /** A line as typed: 人均单价 as yuan text ("10", "12.50"). */
    public record Line(String planCode, Integer persons, String unitPrice, String note) {
    }

    /** The invoice these fields make, or every problem with them. */
    public Invoice toInvoice(String id, String batchNo, java.time.Instant createdAt, String createdBy) {
        Checks checks = new Checks();
        FeeSource fee = FeeSource.parse(source == null ? "" : source.trim()).orElse(null);
        checks.require(fee != null, "source", "请选择会费来源（工会经费、行政经费或会员自付）");
        ReceiptPayer payer = ReceiptPayer.read(title, taxIdType, taxId, payerEmail, otherInfo, checks);
        PaymentChannel way = channel == null || channel.isBlank() ? PaymentChannel.TRANSFER
                : PaymentChannel.parse(channel.trim()).orElse(null);
        checks.require(way != null, "channel", "缴费渠道应为转账、支票、支票倒存、电汇或国库支付");
        List<InvoiceLine> parsed = lines(checks);
        checks.throwIfAny("INVOICE_INVALID");
        return new Invoice(id, batchNo, fee, payer.title(), payer.taxIdType(), payer.taxId(), way, payer.email(),
                payer.otherInfo(), parsed, createdAt, createdBy, 1);
    }

    private List<InvoiceLine> lines(Checks checks) {
        List<InvoiceLine> parsed = new ArrayList<>();
        if (lines == null || lines.isEmpty()) {
            checks.add("lines", "请选择项目：至少开一项保障活动");
            return parsed;
        }
        Set<String> plans = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String field = "lines[" + i + "]";
            String code = line.planCode() == null ? "" : line.planCode().trim();
            checks.require(plans.add(code), field + ".planCode", "同一张票据中同一保障活动只能开一行");
            checks.require(line.persons() != null && line.persons() >= 1 && line.persons() <= PERSONS_MAX,
                    field + ".persons", "人数应为1到" + PERSONS_MAX + "之间的整数");
            Money price = price(line.unitPrice(), field, checks);
            String note = TextNormalizer.trim(line.note());
            checks.require(note.length() <= NOTE_MAX, field + ".note", "备注不能超过" + NOTE_MAX + "个字");
            if (line.persons() != null && line.persons() >= 1 && line.persons() <= PERSONS_MAX && price != null) {
                parsed.add(new InvoiceLine(code, line.persons(), price, note));
            }
        }
        return parsed;
    }

    private static Money price(String text, String field, Checks checks) {
        Money price = parsePrice(text);
        if (price == null) {
            checks.add(field + ".unitPrice", "人均单价应为大于0、不超过" + UNIT_PRICE_MAX.format() + "元、最多两位小数的金额");
        }
        return price;
    }

    private static Money parsePrice(String text) {
        try {
            Money price = Money.parse(text == null ? "" : text);
            return price.fen() > 0 && price.compareTo(UNIT_PRICE_MAX) <= 0 ? price : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * What the receipt would say of these fields as they stand, for the live 票据预览 while the unit types: whatever
     * does not parse yet (a half-typed price, a plan not in the enrollment) is simply left out.
     */
    public Invoice sketch(String batchNo, Set<String> planCodes) {
        List<InvoiceLine> parsed = new ArrayList<>();
        for (Line line : lines == null ? List.<Line>of() : lines) {
            Money price = parsePrice(line.unitPrice());
            Integer persons = line.persons();
            if (line.planCode() != null && planCodes.contains(line.planCode().trim()) && persons != null && persons >= 1
                    && persons <= PERSONS_MAX && price != null) {
                parsed.add(new InvoiceLine(line.planCode().trim(), persons, price, TextNormalizer.trim(line.note())));
            }
        }
        String number = taxId == null ? "" : CreditCode.normalize(taxId);
        PaymentChannel way = channel == null ? PaymentChannel.TRANSFER
                : PaymentChannel.parse(channel.trim()).orElse(PaymentChannel.TRANSFER);
        return new Invoice(null, batchNo, FeeSource.parse(source == null ? "" : source.trim()).orElse(null),
                TextNormalizer.trim(title), null, number, way, payerEmail == null ? "" : payerEmail.trim(),
                TextNormalizer.trim(otherInfo), parsed, null, null, 0);
    }
}
