package cn.huzhu.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import cn.huzhu.testing.BankStatements;
import cn.huzhu.testing.BankStatements.Bank;
import cn.huzhu.testing.BankStatements.Transfer;

/** 到账核对 in Chromium: finance uploads the bank's statement, confirms the automatic match, sets an exception aside. */
@Tag("browser")
class ReconciliationBrowserTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private static WebElement row(Browser browser, String text) {
        browser.waitForText("arrival-table", text);
        return browser.find("arrival-table").findElement(By.xpath(".//tr[.//td[contains(normalize-space(.),'" + text + "')]]"));
    }

    private static void tab(Browser browser, String label) {
        browser.driver().findElement(By.xpath("//div[contains(@class,'el-tabs__item') and normalize-space(.)='" + label + "']"))
                .click();
    }

    @Test
    void financeUploadsAStatementConfirmsTheMatchAndSetsAnExceptionAside(@TempDir Path dir) throws Exception {
        ApiClient unit = RunningSystem.client().login("unit2", Businesses.PASSWORD);
        String id = Businesses.invoiced(unit, "对账", LocalDate.of(1985, 5, 5), 0);
        String code = Businesses.noticeReference(unit, id);
        String serial = "UI" + System.nanoTime();
        Path statement = BankStatements.write(Bank.ABC, List.of(
                new Transfer(TODAY, serial + "A", new BigDecimal("400.00"), "青岛区测试单位2", "3803020109024500001", "会费 " + code),
                new Transfer(TODAY, serial + "B", new BigDecimal("3.21"), "陌生人", "6217000099998888", "利息")), dir);

        try (Browser finance = Browser.open("reconciliation-finance")) {
            finance.login(RunningSystem.get().url(), "finance1", Businesses.PASSWORD, RunningSystem.TOKEN_KEYS);
            finance.menu("review", "menu-arrivals");
            finance.uploadFile("statement-file", statement);
            finance.waitUntil(d -> finance.all("statement-status").stream().findFirst().map(e -> e.getText().equals("已完成"))
                    .orElse(false), Duration.ofSeconds(60));
            finance.click("arrival-search");
            WebElement matched = row(finance, serial + "A");
            assertThat(matched.getText()).contains("400.00", "金额相符");
            finance.assertTablesFit("到账核对 · 自动匹配");
            finance.screenshot("automatic");
            finance.click(matched.findElement(By.cssSelector(".el-checkbox")));
            finance.click("confirm-selected");
            finance.waitForText("已确认 1 笔到账", Duration.ofSeconds(20));

            tab(finance, "待处理");
            WebElement exception = row(finance, serial + "B");
            assertThat(exception.getText()).contains("没有识别码");
            finance.click(exception.findElement(By.cssSelector("[data-test=arrival-open]")));
            finance.type("arrival-note", "银行结息，非会费");
            finance.click("arrival-set-aside");
            finance.waitForText("已标记为退回/其他", Duration.ofSeconds(20));
            tab(finance, "已退回/其他");
            row(finance, serial + "B");
            finance.screenshot("set-aside");

            // a bank whose headers no synonym names: mapped by hand once, then read
            Path unknown = java.nio.file.Files.writeString(dir.resolve("农商行明细.csv"), "某农商银行 账号 232554192616\r\n"
                    + "日子,进账,出账,来自,说明,编号\r\n" + TODAY + ",8.88,,手工映射付款人,无识别码," + serial + "C\r\n");
            finance.uploadFile("statement-file", unknown);
            finance.waitUntil(d -> finance.all("statement-status").stream().findFirst().map(e -> e.getText().equals("失败"))
                    .orElse(false), Duration.ofSeconds(60));
            finance.click("map-columns");
            finance.type("mapping-bank", "某农商银行");
            finance.choose("mapping-header-row", "第2行：日子");
            finance.choose("mapping-DATE", "第1列：日子");
            finance.choose("mapping-CREDIT", "第2列：进账");
            finance.choose("mapping-PAYER_NAME", "第4列：来自");
            finance.choose("mapping-SERIAL", "第6列：编号");
            finance.screenshot("mapping");
            finance.click("mapping-save");
            finance.waitForText("已保存该银行的列设置", Duration.ofSeconds(10));
            finance.uploadFile("statement-file", unknown);
            finance.waitUntil(d -> finance.all("statement-status").stream().findFirst().map(e -> e.getText().equals("已完成"))
                    .orElse(false), Duration.ofSeconds(60));
            tab(finance, "待处理");
            finance.click("arrival-search");
            assertThat(row(finance, serial + "C").getText()).contains("手工映射付款人", "8.88");
            finance.assertNoConsoleErrors();
        }
        assertThat(unit.get("/api/enrollments/" + id).body().path("state").asText()).isEqualTo("CONFIRMED");
    }
}
