package cn.huzhu.domain.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.money.Money;

class StatementTableTest {
    private static final List<String> ACCOUNTS = List.of("232554192616");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static List<StatementTable.Row> rows(List<List<String>> cells) {
        List<StatementTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            rows.add(new StatementTable.Row(i + 1, cells.get(i)));
        }
        return rows;
    }

    @Test
    void aBankOfChinaExportBelowItsTitleBlockGivesItsCreditsAndSkipsDebits() {
        StatementTable.Statement statement = StatementTable.read(rows(List.of(
                List.of("中国银行账户明细"),
                List.of("账号：2325 5419 2616", "", "户名：中国职工保险互助会青岛办事处"),
                List.of(),
                List.of("交易日期", "交易流水号", "借方发生额（支取）", "贷方发生额（收入）", "余额", "对方户名", "对方账号", "摘要", "附言"),
                List.of("2026-12-01", "A001", "", "2,375.00", "10000", "青岛啤酒股份有限公司", "6222 0000 1111", "转账", "会费 K7M2QX"),
                List.of("2026/12/01 10:22:33", "A002", "500.00", "", "9500", "某供应商", "", "付款", ""),
                List.of("20261130", "A003", "", "95", "", "张三", "", "", ""),
                List.of("合计", "", "500.00", "2470.00", "", "", "", "", ""))), ACCOUNTS, TODAY);

        assertThat(statement.account()).isEqualTo("232554192616");
        assertThat(statement.debits()).isEqualTo(1);
        assertThat(statement.problems()).isEmpty();
        assertThat(statement.credits()).extracting(BankLine::serialNo, BankLine::amount, BankLine::bookedOn, BankLine::row)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A001", Money.parse("2375"), LocalDate.of(2026, 12, 1), 5),
                        org.assertj.core.groups.Tuple.tuple("A003", Money.parse("95"), LocalDate.of(2026, 11, 30), 7));
        assertThat(statement.credits().get(0).remark()).isEqualTo("转账 会费 K7M2QX");
        assertThat(statement.credits().get(0).payerName()).isEqualTo("青岛啤酒股份有限公司");
    }

    @Test
    void anAmountColumnWithADirectionFlagOrASignIsReadToo() {
        StatementTable.Statement flagged = StatementTable.read(rows(List.of(
                List.of("记账日期", "借贷标志", "交易金额", "付款人名称", "用途", "本方账号"),
                List.of("2026-11-02", "贷", "100.50", "甲", "x", "232554192616"),
                List.of("2026-11-02", "借", "7.00", "乙", "y", "232554192616"))), ACCOUNTS, TODAY);
        assertThat(flagged.credits()).extracting(BankLine::amount).containsExactly(Money.parse("100.50"));
        assertThat(flagged.debits()).isEqualTo(1);

        StatementTable.Statement signed = StatementTable.read(rows(List.of(
                List.of("入账日期", "金额(元)", "对方单位名称", "备注"),
                List.of("2026-11-02", "-20", "甲", ""),
                List.of("2026-11-03", "+30.00", "乙", ""))), ACCOUNTS, TODAY);
        assertThat(signed.credits()).extracting(BankLine::amount).containsExactly(Money.parse("30"));
    }

    @Test
    void aBadLineIsReportedWithItsRowAndColumnAndTheRestIsKept() {
        StatementTable.Statement statement = StatementTable.read(rows(List.of(
                List.of("交易日期", "贷方金额", "对方户名", "摘要"),
                List.of("2026-12-01", "12.3.4", "甲", ""),
                List.of("明天", "10", "乙", ""),
                List.of("2026-12-03", "10", "丙", ""),
                List.of("2026-12-01", "10.005", "丁", ""),
                List.of("2026-12-01", "88", "戊", ""))), ACCOUNTS, TODAY);
        assertThat(statement.credits()).extracting(BankLine::payerName).containsExactly("戊");
        assertThat(statement.problems()).extracting(StatementTable.Problem::row, StatementTable.Problem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "贷方金额"), org.assertj.core.groups.Tuple.tuple(3, "交易日期"),
                        org.assertj.core.groups.Tuple.tuple(4, "交易日期"), org.assertj.core.groups.Tuple.tuple(5, "贷方金额"));
        assertThat(statement.problems().get(2).message()).contains("晚于今天");
    }

    @Test
    void aFileWithoutAStatementsHeaderFailsAsAWhole() {
        assertThatThrownBy(() -> StatementTable.read(rows(List.of(List.of("姓名", "证件号码"), List.of("张三", "1"))),
                ACCOUNTS, TODAY)).isInstanceOf(DomainException.class).hasMessageContaining("不是可识别的银行对账单");
    }

    @Test
    void anotherAccountsStatementFailsAsAWholeNamingOnlyItsLastDigits() {
        assertThatThrownBy(() -> StatementTable.read(rows(List.of(List.of("账号：6222000011112222"),
                List.of("交易日期", "贷方金额"), List.of("2026-12-01", "1"))), ACCOUNTS, TODAY))
                .isInstanceOf(DomainException.class).hasMessageContaining("尾号2222").hasMessageNotContaining("62220000");
        assertThatThrownBy(() -> StatementTable.read(rows(List.of(List.of("交易日期", "贷方金额", "本方账号"),
                List.of("2026-12-01", "1", "999988887777"))), ACCOUNTS, TODAY))
                .isInstanceOf(DomainException.class).hasMessageContaining("不是本会的收款账户");
    }

    @Test
    void identicalLinesWithoutSerialAreToldApartByTheirOrderAndOverlapRepeatsTheSameKeys() {
        List<List<String>> lines = List.of(
                List.of("交易日期", "贷方金额", "对方户名", "摘要"),
                List.of("2026-12-01", "10", "甲", "会费"),
                List.of("2026-12-01", "10", "甲", "会费"),
                List.of("2026-12-01", "11", "甲", "会费"));
        List<String> first = StatementTable.read(rows(lines), ACCOUNTS, TODAY).credits().stream().map(BankLine::key).toList();
        List<String> again = StatementTable.read(rows(lines), ACCOUNTS, TODAY).credits().stream().map(BankLine::key).toList();
        assertThat(first).doesNotHaveDuplicates().hasSize(3).isEqualTo(again);
    }

    @Test
    void aLayoutMappedByHandReadsItsBanksStatementsWhereNoSynonymNamesTheColumns() {
        List<List<String>> file = List.of(
                List.of("某农商银行 账号 232554192616"),
                List.of("日子", "进账", "出账", "来自", "说明", "编号"),
                List.of("2026-12-01", "400", "", "青岛啤酒", "会费 K7M2QX", "N1"),
                List.of("2026-12-01", "", "5", "银行", "手续费", "N2"));
        assertThatThrownBy(() -> StatementTable.read(rows(file), ACCOUNTS, TODAY)).isInstanceOf(DomainException.class)
                .hasMessageContaining("指定列");
        StatementMapping mapping = StatementMapping.chosen("某农商银行", List.of(" 日子 ", "进账（元）", "出账", "来自", "说明", "编号", ""),
                java.util.Map.of(StatementColumn.DATE, 0, StatementColumn.CREDIT, 1, StatementColumn.DEBIT, 2,
                        StatementColumn.PAYER_NAME, 3, StatementColumn.SERIAL, 5), List.of(4));

        StatementTable.Statement statement = StatementTable.read(rows(file), ACCOUNTS, TODAY, List.of(mapping));

        assertThat(statement.credits()).singleElement().satisfies(line -> {
            assertThat(line.amount()).isEqualTo(Money.parse("400"));
            assertThat(line.payerName()).isEqualTo("青岛啤酒");
            assertThat(line.remark()).isEqualTo("会费 K7M2QX");
            assertThat(line.serialNo()).isEqualTo("N1");
        });
        assertThat(statement.debits()).isEqualTo(1);
    }

    @Test
    void aMappingNeedsANameADateAndAnAmountInsideItsHeader() {
        List<String> header = List.of("日子", "进账");
        assertThatThrownBy(() -> StatementMapping.chosen(" ", header, java.util.Map.of(StatementColumn.DATE, 0,
                StatementColumn.CREDIT, 1), List.of())).hasMessageContaining("银行名称");
        assertThatThrownBy(() -> StatementMapping.chosen("某行", header, java.util.Map.of(StatementColumn.DATE, 0), List.of()))
                .hasMessageContaining("贷方金额");
        assertThatThrownBy(() -> StatementMapping.chosen("某行", header, java.util.Map.of(StatementColumn.DATE, 0,
                StatementColumn.CREDIT, 2), List.of())).hasMessageContaining("不在表头范围内");
    }
}
