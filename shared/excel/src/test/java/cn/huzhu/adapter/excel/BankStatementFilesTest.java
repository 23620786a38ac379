package cn.huzhu.adapter.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.money.Money;
import cn.huzhu.domain.statement.BankLine;
import cn.huzhu.domain.statement.StatementTable;
import cn.huzhu.testing.BankStatements;
import cn.huzhu.testing.BankStatements.Bank;
import cn.huzhu.testing.BankStatements.Transfer;
import cn.huzhu.testing.RosterFiles;

class BankStatementFilesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final List<String> ACCOUNTS = List.of(BankStatements.OFFICE_ACCOUNT);
    private static final List<Transfer> TRANSFERS = List.of(
            new Transfer(LocalDate.of(2026, 11, 28), "F20261128001", new BigDecimal("2375.00"), "青岛啤酒股份有限公司",
                    "3803020109024512345", "会费 K7M2QX 青岛啤酒"),
            new Transfer(LocalDate.of(2026, 11, 29), "F20261129007", new BigDecimal("-1200.50"), "青岛某物业公司",
                    "6222000011112222", "物业费"),
            new Transfer(LocalDate.of(2026, 11, 30), "F20261130002", new BigDecimal("95.10"), "张三", "6217000011112222333",
                    "互助会会费，含逗号,和\"引号\""),
            new Transfer(LocalDate.of(2026, 12, 1), "F20261201003", new BigDecimal("1000000.01"), "青岛港（集团）有限公司",
                    "3803020109024598765", "2026年度职工互助保障会费合并缴纳 识别码 WX9A3 与 HJ4PT 两张通知单一并支付"));

    private final BankStatementFiles reader = new BankStatementFiles();

    @ParameterizedTest
    @EnumSource(Bank.class)
    void everyBanksExportGivesTheSameCreditsAndSkipsTheDebit(Bank bank, @TempDir Path dir) throws IOException {
        Path file = BankStatements.write(bank, TRANSFERS, dir);

        StatementTable.Statement statement = reader.read(file, ACCOUNTS, TODAY);

        assertThat(statement.account()).isEqualTo(BankStatements.OFFICE_ACCOUNT);
        assertThat(statement.problems()).isEmpty();
        assertThat(statement.debits()).isEqualTo(1);
        List<Transfer> credits = TRANSFERS.stream().filter(Transfer::credit).toList();
        assertThat(statement.credits()).hasSize(credits.size());
        for (int i = 0; i < credits.size(); i++) {
            Transfer expected = credits.get(i);
            BankLine line = statement.credits().get(i);
            assertThat(line.bookedOn()).as(bank.label).isEqualTo(expected.date());
            assertThat(line.amount()).as(bank.label).isEqualTo(Money.parse(expected.amount().toPlainString()));
            assertThat(line.payerName()).as(bank.label).isEqualTo(expected.payer());
            assertThat(line.remark().replace(" ", "")).as(bank.label).contains(expected.remark().replace(" ", ""));
            assertThat(line.serialNo()).as(bank.label).isEqualTo(bank.hasSerials() ? expected.serial() : "");
        }
    }

    @ParameterizedTest
    @EnumSource(Bank.class)
    void theSameExportReadTwiceGivesTheSameKeys(Bank bank, @TempDir Path dir) throws IOException {
        Path file = BankStatements.write(bank, TRANSFERS, dir);
        List<String> first = reader.read(file, ACCOUNTS, TODAY).credits().stream().map(BankLine::key).toList();
        List<String> again = reader.read(file, ACCOUNTS, TODAY).credits().stream().map(BankLine::key).toList();
        assertThat(first).isEqualTo(again).doesNotHaveDuplicates();
    }

    @Test
    void aGbkCsvIsReadAsGbkAndAUtf8OneAsUtf8() {
        String text = "交易日期,贷方金额,对方户名,摘要\r\n2026-12-01,10,青岛啤酒,会费\r\n";
        assertThat(CsvStatement.decode(text.getBytes(java.nio.charset.Charset.forName("GBK")))).isEqualTo(text);
        assertThat(CsvStatement.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }

    @Test
    void aRosterIsNotAStatement(@TempDir Path dir) throws IOException {
        RosterFiles files = RosterFiles.withTemplateHeader().person("张三", "370202198102030011");
        Path roster = files.writeTo(dir.resolve("roster.xlsx"), files.xlsx());
        assertThatThrownBy(() -> reader.read(roster, ACCOUNTS, TODAY)).isInstanceOf(DomainException.class)
                .hasMessageContaining("不是可识别的银行对账单");
    }

    @Test
    void garbageAndBrokenXmlFailAsAWholeWithOneMessage(@TempDir Path dir) throws IOException {
        Path garbage = Files.write(dir.resolve("x.csv"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3});
        assertThatThrownBy(() -> reader.read(garbage, ACCOUNTS, TODAY)).isInstanceOf(DomainException.class)
                .hasMessageContaining("不是可识别的银行对账单");
        Path broken = Files.writeString(dir.resolve("x.xml"), "<Document><BkToCstmrStmt><Stmt>");
        assertThatThrownBy(() -> reader.read(broken, ACCOUNTS, TODAY)).isInstanceOf(DomainException.class)
                .hasMessageContaining("camt.053");
        Path entity = Files.writeString(dir.resolve("e.xml"), "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]><Document><BkToCstmrStmt><Stmt><Ntry><AddtlNtryInf>&x;</AddtlNtryInf></Ntry>"
                + "</Stmt></BkToCstmrStmt></Document>");
        assertThatThrownBy(() -> reader.read(entity, ACCOUNTS, TODAY)).isInstanceOf(DomainException.class);
    }

    @Test
    void aStatementOfAnotherAccountFailsAsAWhole(@TempDir Path dir) throws IOException {
        Path file = BankStatements.write(Bank.BOC, TRANSFERS, dir);
        assertThatThrownBy(() -> reader.read(file, List.of("999900001111"), TODAY)).isInstanceOf(DomainException.class)
                .hasMessageContaining("不是本会的收款账户");
    }
}
