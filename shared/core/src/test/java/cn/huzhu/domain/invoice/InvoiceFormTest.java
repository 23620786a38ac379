package cn.huzhu.domain.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.common.Problem;
import cn.huzhu.domain.money.Money;

class InvoiceFormTest {
    private static final String CODE = "91350100M000100Y43";

    static InvoiceForm form(String source, String title, String taxId, String email, String other, InvoiceForm.Line... lines) {
        return new InvoiceForm(source, title, null, taxId, null, email, other, List.of(lines), null);
    }

    static InvoiceForm.Line line(String plan, Integer persons, String price, String note) {
        return new InvoiceForm.Line(plan, persons, price, note);
    }

    private static List<Problem> problems(InvoiceForm form) {
        try {
            form.toInvoice("i1", "", Instant.EPOCH, "unit");
            return List.of();
        } catch (DomainException e) {
            assertThat(e.code()).isEqualTo("INVOICE_INVALID");
            return e.details();
        }
    }

    @Test
    void theGuidesUnionInvoiceIsValidAndItsAmountIsPersonsTimesPrice() {
        Invoice invoice = form("工会经费", " 青岛某公司工会 ", CODE, "caiwu@example.cn", "", line("P0501", 8, "10", "2份"))
                .toInvoice("i1", "LZ1", Instant.EPOCH, "unit");
        assertThat(invoice.source()).isEqualTo(FeeSource.UNION_FUNDS);
        assertThat(invoice.title()).isEqualTo("青岛某公司工会");
        assertThat(invoice.taxIdType()).isEqualTo(TaxIdType.CREDIT_CODE);
        assertThat(invoice.channel()).isEqualTo(PaymentChannel.TRANSFER);
        assertThat(invoice.total()).isEqualTo(Money.ofYuan(80));
        assertThat(invoice.revision()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                    | source   | title | taxId                | email            | other                                        | persons | price    | field               | message
            no source                 | -        | 单位   | -                    | a@b.cn           | -                                            | 1       | 10       | source              | 会费来源
            unknown source            | 财政拨款  | 单位   | -                    | a@b.cn           | -                                            | 1       | 10       | source              | 会费来源
            no title                  | 会员自付  | ' '   | -                    | a@b.cn           | -                                            | 1       | 10       | title               | 抬头
            guide sample tax id       | 会员自付  | 单位   | 123702006762229200   | a@b.cn           | -                                            | 1       | 10       | taxId               | 校验位
            division not digits       | 会员自付  | 单位   | 91AB0100M000100Y43   | a@b.cn           | -                                            | 1       | 10       | taxId               | 第3到8位
            no email                  | 会员自付  | 单位   | -                    | -                | -                                            | 1       | 10       | payerEmail          | 交款人邮箱
            bad email                 | 会员自付  | 单位   | -                    | caiwu@           | -                                            | 1       | 10       | payerEmail          | 格式
            other info 41 characters  | 会员自付  | 单位   | -                    | a@b.cn           | 一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一 | 1 | 10 | otherInfo | 40
            no persons                | 会员自付  | 单位   | -                    | a@b.cn           | -                                            | 0       | 10       | lines[0].persons    | 人数
            three decimals            | 会员自付  | 单位   | -                    | a@b.cn           | -                                            | 1       | 10.005   | lines[0].unitPrice  | 两位小数
            negative price            | 会员自付  | 单位   | -                    | a@b.cn           | -                                            | 1       | -5       | lines[0].unitPrice  | 大于0
            price too high            | 会员自付  | 单位   | -                    | a@b.cn           | -                                            | 1       | 1000000.01 | lines[0].unitPrice | 不超过
            price not a number        | 会员自付  | 单位   | -                    | a@b.cn           | -                                            | 1       | 十元      | lines[0].unitPrice  | 金额
            """)
    void eachBadFieldIsNamedWithWhy(String name, String source, String title, String taxId, String email, String other,
            Integer persons, String price, String field, String message) {
        List<Problem> found = problems(form(source, title, taxId, email, other, line("P0501", persons, price, "")));
        assertThat(found).as(name).anySatisfy(problem -> {
            assertThat(problem.field()).isEqualTo(field);
            assertThat(problem.message()).contains(message);
        });
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<Problem> found = problems(form(null, "", "123", "", "", line("P0501", null, "x", "")));
        assertThat(found).extracting(Problem::field)
                .contains("source", "title", "taxId", "payerEmail", "lines[0].persons", "lines[0].unitPrice");
    }

    @Test
    void noLineOrTheSamePlanTwiceIsRefused() {
        assertThat(problems(form("会员自付", "单位", null, "a@b.cn", ""))).extracting(Problem::field).contains("lines");
        assertThat(problems(form("会员自付", "单位", null, "a@b.cn", "", line("P0501", 1, "10", ""), line("P0501", 1, "5", ""))))
                .extracting(Problem::field).contains("lines[1].planCode");
    }

    @Test
    void anOtherTaxNumberIsCheckedLooselyAndNoneIsAllowed() {
        InvoiceForm other = new InvoiceForm("会员自付", "个人", "其他", "ab-12345", null, "a@b.cn", "",
                List.of(line("P0501", 1, "40", "")), null);
        assertThat(other.toInvoice("i", "", Instant.EPOCH, "u").taxId()).isEqualTo("AB-12345");
        Invoice none = form("会员自付", "个人", "", "a@b.cn", "", line("P0501", 1, "40", "")).toInvoice("i", "", Instant.EPOCH, "u");
        assertThat(none.taxId()).isEmpty();
        assertThat(none.taxIdType()).isNull();
    }

    @Test
    void theSketchKeepsWhatParsesAndLeavesTheRestOut() {
        InvoiceForm typing = form("会员自付", "青岛某", null, "a@", "", line("P0501", 8, "4", ""), line("P0501", 8, "4.", ""),
                line("P0101", 3, "", ""), line("P9999", 1, "10", ""));
        Invoice sketch = typing.sketch("LZ9", Set.of("P0501", "P0101"));
        assertThat(sketch.lines()).hasSize(2);
        assertThat(sketch.total()).isEqualTo(Money.ofYuan(64));
        assertThat(sketch.batchNo()).isEqualTo("LZ9");
        assertThatThrownBy(() -> typing.toInvoice("i", "", Instant.EPOCH, "u")).isInstanceOf(DomainException.class);
    }
}
