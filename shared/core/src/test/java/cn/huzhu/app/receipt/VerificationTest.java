package cn.huzhu.app.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.huzhu.adapter.dynamodb.DynamoRateLimiter;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.enrollment.MemberStats;
import cn.huzhu.domain.invoice.FeeSource;
import cn.huzhu.domain.invoice.Invoice;
import cn.huzhu.domain.invoice.InvoiceLine;
import cn.huzhu.domain.invoice.PaymentChannel;
import cn.huzhu.domain.invoice.Receipt;
import cn.huzhu.domain.common.CheckCodes;
import cn.huzhu.domain.invoice.ReceiptContent;
import cn.huzhu.domain.money.Money;
import cn.huzhu.testing.Catalogs;
import cn.huzhu.testing.TestAws;
import cn.huzhu.testing.World;

/** 查验 against stored receipts: genuine ones say what they are, anything else says only that, and speed is limited. */
class VerificationTest {
    private final World world = new World();
    private final CheckCodes checkCodes = new CheckCodes(TestAws.keys("RECEIPT_KEYS"));
    private final Verification verify = new Verification(world.stores.receipts, world.stores.corrections, world.stores.enrollments, checkCodes,
            world.stores.rateLimiter, world.stores.settings, "1503");
    /** A code of its own per test run, so receipts of other runs never interfere. */
    private final String code = "9" + String.format("%07d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 10_000_000L));

    private Receipt issued(String payer) {
        String invoiceId = world.ids.next();
        String number = world.stores.receipts.numberFor(code, invoiceId, 1);
        Invoice invoice = new Invoice(invoiceId, "LZ1", FeeSource.MEMBERS, payer, null, "", PaymentChannel.TRANSFER, "a@b.cn",
                "", List.of(new InvoiceLine("P0501", 8, Money.ofYuan(40), "")), Instant.EPOCH, "u", 1);
        ReceiptContent unchecked = ReceiptContent.of(invoice, List.of(EnrollmentPlan.chosen(Catalogs.female(), 2)
                .withMembers(new MemberStats(8, 0, 0))), new ReceiptContent.Issue(code, number, "", LocalDate.of(2026, 12, 1),
                "中国职工保险互助会青岛办事处", "开票员", "复核员"));
        ReceiptContent content = checkCodes.checked(unchecked);
        Receipt receipt = new Receipt(code, number, "e-verify", invoiceId, content, "receipts/x.pdf",
                Receipt.Delivery.pending("a@b.cn", Instant.EPOCH), Instant.EPOCH);
        world.stores.receipts.save(receipt, 1);
        return receipt;
    }

    private static String address() {
        return "198.51.100." + Math.floorMod(UUID.randomUUID().hashCode(), 250);
    }

    @Test
    void aGenuineReceiptShowsDateAmountPayeeAndPayer() {
        Receipt r = issued("青岛某公司工会");
        Verification.Result result = verify.verify(address() + "a", " " + r.code() + " ", r.number(),
                r.content().checkCode().toUpperCase());
        assertThat(result.genuine()).isTrue();
        assertThat(result.issuedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(result.total()).isEqualTo("320.00");
        assertThat(result.totalInWords()).isEqualTo("叁佰贰拾元整");
        assertThat(result.payee()).isEqualTo("中国职工保险互助会青岛办事处");
        assertThat(result.payer()).isEqualTo("青岛某公司工会");
        String typedShort = r.number().replaceFirst("^0+", "");
        assertThat(verify.verify(address() + "b", r.code(), typedShort, r.content().checkCode()).genuine())
                .as("票据号码 %s typed without its leading zeros", typedShort).isTrue();
    }

    @Test
    void aWrongCheckCodeOrAnUnknownNumberRevealsNothing() {
        Receipt r = issued("不应泄露的交款人");
        String wrong = r.content().checkCode().equals("000000") ? "000001" : "000000";
        Verification.Result forged = verify.verify(address() + "b", r.code(), r.number(), wrong);
        Verification.Result unknown = verify.verify(address() + "b", r.code(), "9999999999", r.content().checkCode());
        for (Verification.Result result : List.of(forged, unknown)) {
            assertThat(result.genuine()).isFalse();
            assertThat(result.message()).isEqualTo(Verification.NOT_FOUND);
            assertThat(result.payer()).isNull();
            assertThat(result.total()).isNull();
            assertThat(result.issuedOn()).isNull();
        }
        assertThatThrownBy(() -> verify.verify(address(), "3705", r.number(), "abc"))
                .isInstanceOf(DomainException.class).hasMessageContaining("票据代码应为8位数字");
    }

    @Test
    void oneAddressIsLimitedPerMinuteEveryTryCountingAndOthersAreNot() {
        Receipt r = issued("某单位");
        // one fixed minute, so the burst cannot straddle two windows
        Verification limited = new Verification(world.stores.receipts, world.stores.corrections, world.stores.enrollments, checkCodes,
                new DynamoRateLimiter(world.stores.table, Clock.fixed(Instant.parse("2026-12-01T03:04:30Z"), ZoneOffset.UTC)),
                world.stores.settings, "1503");
        String hammer = address() + "c";
        int limit = world.stores.settings.get("1503").receipts().verificationsPerMinute();
        for (int i = 0; i < limit; i++) {
            assertThat(limited.verify(hammer, r.code(), r.number(), i % 2 == 0 ? "zzzzzz" : r.content().checkCode()))
                    .isNotNull();
        }
        assertThatThrownBy(() -> limited.verify(hammer, r.code(), r.number(), r.content().checkCode()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.TOO_MANY_REQUESTS));
        assertThatThrownBy(() -> limited.verify(hammer, "bad", "", "")).isInstanceOf(DomainException.class)
                .hasMessageContaining("频繁");
        assertThat(limited.verify(address() + "d", r.code(), r.number(), r.content().checkCode()).genuine()).isTrue();
    }
}
