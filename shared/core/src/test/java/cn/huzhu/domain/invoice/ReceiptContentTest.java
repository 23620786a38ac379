package cn.huzhu.domain.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.huzhu.domain.common.KeyRing;

import cn.huzhu.domain.common.CheckCodes;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.enrollment.MemberStats;
import cn.huzhu.domain.money.Money;
import cn.huzhu.testing.Catalogs;

class ReceiptContentTest {
    private static final List<EnrollmentPlan> PLANS = List.of(
            EnrollmentPlan.chosen(Catalogs.female(), 2).withMembers(new MemberStats(8, 0, 0)));
    private static final String SECRET = "r".repeat(32);

    private static ReceiptContent content(String payer, String price) {
        Invoice invoice = new Invoice("i1", "LZ5", FeeSource.MEMBERS, payer, TaxIdType.CREDIT_CODE, "91350100M000100Y43",
                PaymentChannel.TRANSFER, "a@b.cn", "", List.of(new InvoiceLine("P0501", 8, Money.parse(price), "2份")),
                Instant.EPOCH, "u", 1);
        return ReceiptContent.of(invoice, PLANS, new ReceiptContent.Issue("37050126", "0000000001", "", LocalDate.of(2026, 12, 1),
                "中国职工保险互助会青岛办事处", "开票员", "复核员"));
    }

    @Test
    void linesSayWhatTheGuidePrints() {
        ReceiptContent receipt = content("某公司", "40");
        ReceiptContent.Line line = receipt.lines().get(0);
        assertThat(line.itemCode()).isEqualTo("9930");
        assertThat(line.itemName()).isEqualTo("会费 女工特病2025版(标准版)(会费25元)");
        assertThat(line.unit()).isEqualTo("元");
        assertThat(line.quantity()).isEqualTo(8);
        assertThat(line.standard()).isEqualTo(Money.ofYuan(40));
        assertThat(line.amount()).isEqualTo(Money.ofYuan(320));
        assertThat(receipt.total()).isEqualTo(Money.ofYuan(320));
        assertThat(receipt.totalInWords()).isEqualTo("叁佰贰拾元整");
        assertThat(receipt.title()).isEqualTo("全国性社会团体会费统一票据（电子）");
    }

    @Test
    void theCheckCodeIsSixCharactersOfTheContentAndTheKey() {
        CheckCodes codes = new CheckCodes(KeyRing.single(SECRET, "receipts"));
        ReceiptContent checked = codes.checked(content("某公司", "40"));
        String code = checked.checkCode();
        assertThat(code).matches("[0-9a-z]{6}");
        assertThat(checked.checkKeyId()).isEqualTo("1");
        assertThat(codes.checked(content("某公司", "40")).checkCode()).isEqualTo(code);
        assertThat(codes.checked(content("某公司", "40.01")).checkCode()).isNotEqualTo(code);
        assertThat(codes.checked(content("另一公司", "40")).checkCode()).isNotEqualTo(code);
        assertThat(new CheckCodes(KeyRing.single("s".repeat(32), "receipts")).checked(content("某公司", "40")).checkCode())
                .isNotEqualTo(code);
        assertThat(codes.receiptHolds(checked, code)).isTrue();
        assertThat(codes.receiptHolds(checked, "000000")).isFalse();
    }

    @Test
    void afterARotationOldReceiptsCheckUnderTheirKeyAndNewOnesUnderTheNewUntilTheOldKeyIsRemoved() {
        CheckCodes before = new CheckCodes(KeyRing.single(SECRET, "receipts"));
        ReceiptContent old = before.checked(content("某公司", "40"));
        String next = "a-new-receipt-key-of-thirty-two-chars";
        CheckCodes rotated = new CheckCodes(KeyRing.of("2", Map.of("1", SECRET, "2", next), "receipts"));
        ReceiptContent fresh = rotated.checked(content("某公司", "40"));
        assertThat(fresh.checkKeyId()).isEqualTo("2");
        assertThat(rotated.receiptHolds(old, old.checkCode())).isTrue();
        assertThat(rotated.receiptHolds(fresh, fresh.checkCode())).isTrue();
        // the old key leaked: once it is taken out, nothing it made (or anyone forged with it) verifies
        CheckCodes retired = new CheckCodes(KeyRing.of("2", Map.of("2", next), "receipts"));
        assertThat(retired.receiptHolds(old, old.checkCode())).isFalse();
        assertThat(retired.receiptHolds(fresh, fresh.checkCode())).isTrue();
    }

    @Test
    void aCallerIsNamedWithoutItsAddress() {
        CheckCodes codes = new CheckCodes(KeyRing.single(SECRET, "receipts"));
        assertThat(codes.callerKey("203.0.113.7")).hasSize(24).isNotEqualTo("203.0.113.7").isEqualTo(codes.callerKey("203.0.113.7"))
                .isNotEqualTo(codes.callerKey("203.0.113.8"));
    }
}
