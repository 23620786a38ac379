package cn.huzhu.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * 申领处理 in Chromium: a unit files a 住院 claim with a document for a member covered since long ago; one 理赔员 accepts
 * and assesses it (5,300 of 自付 above the 300 起付线 at 60 %: 3,000.00), another double-checks it, finance pays, and the
 * unit sees 已支付.
 */
@Tag("browser")
class ClaimsBrowserTest {
    private static final LocalDate BIRTH = LocalDate.of(1984, 8, 24);

    private static WebElement row(Browser browser, String table, String text) {
        browser.waitForText(table, text);
        return browser.find(table).findElement(By.xpath(".//tr[.//td[contains(normalize-space(.),'" + text + "')]]"));
    }

    private static void date(Browser browser, String testId, LocalDate day) {
        browser.type(testId, day.toString());
        browser.find(testId).findElement(By.cssSelector("input")).sendKeys(Keys.ENTER);
    }

    private static void handle(Browser handler, String claimNo, String action) {
        handler.click(row(handler, "claim-queue", claimNo).findElement(Browser.byTest("claim-open")));
        handler.find("handle-state");
        handler.click(action);
    }

    @Test
    void aUnitFilesAStayTwoHandlersAssessAndCheckItFinancePaysAndTheUnitSeesItPaid() throws Exception {
        ApiClient api = RunningSystem.client().login("unit2", Businesses.PASSWORD);
        String id = Businesses.confirmedHospital(api, "住院", BIRTH);
        Backdate.confirmation(id, 120);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Path document = Files.createTempDirectory("claim").resolve("出院小结.pdf");
        Files.write(document, "%PDF-1.4 出院小结".getBytes(StandardCharsets.UTF_8));
        try (Browser unit = Browser.open("claims-unit"); Browser handler1 = Browser.open("claims-handler1");
                Browser handler2 = Browser.open("claims-handler2"); Browser finance = Browser.open("claims-finance")) {
            unit.login(RunningSystem.get().url(), "unit2", Businesses.PASSWORD, RunningSystem.TOKEN_KEYS);
            unit.menu("claim", "menu-claims");
            unit.click("new-claim");
            unit.type("claim-member-search", "住院丙");
            unit.click("claim-member-find");
            unit.waitUntil(d -> "住院丙".equals(unit.find("claim-holder").getAttribute("value")), Duration.ofSeconds(10));
            date(unit, "claim-admitted", today.minusDays(20));
            date(unit, "claim-discharged", today.minusDays(10));
            unit.type("claim-total", "12000");
            unit.type("claim-insurance", "6700");
            unit.type("claim-self-paid", "5300");
            unit.type("claim-bank", "中国银行青岛分行");
            unit.type("claim-account", "6222 0212 3456 7890");
            for (String type : java.util.List.of("出院小结", "费用清单", "医保结算单", "发票")) {
                unit.choose("claim-doc-type", type);
                unit.uploadFile("claim-file", document);
                unit.waitForText("claim-files", type + "（已上传）");
            }
            unit.screenshot("claim-form");
            unit.click("claim-save-submit");
            unit.waitUntil(d -> unit.all("claim-dialog").stream().noneMatch(WebElement::isDisplayed), Duration.ofSeconds(10));
            WebElement filed = row(unit, "claim-table", "住院丙");
            assertThat(filed.getText()).contains("已提交", "****7890").doesNotContain("6222021234567890");
            String claimNo = filed.findElement(By.cssSelector("td")).getText().trim();
            unit.assertTablesFit("保障金申领");
            unit.assertNoConsoleErrors();

            handler1.login(RunningSystem.get().url(), "claims1", Businesses.PASSWORD, RunningSystem.TOKEN_KEYS);
            handler1.menu("claim", "menu-claim-queue");
            handler1.choose("claim-kind-filter", "住院医疗");
            // the filter's kinds come from the server; once applied, every row is of that kind
            handler1.waitUntil(d -> handler1.find("claim-queue").getText().contains(claimNo) && handler1.find("claim-queue")
                    .findElements(By.cssSelector("tbody tr")).stream().allMatch(r -> r.getText().contains("住院医疗")),
                    Duration.ofSeconds(10));
            handler1.click(row(handler1, "claim-queue", claimNo).findElement(Browser.byTest("claim-open")));
            handler1.waitUntil(d -> handler1.all("claim-document").size() == 4, Duration.ofSeconds(10));
            handler1.click("do-accept");
            handler1.waitForText("handle-state", "已受理");
            handler1.click("do-assess");
            handler1.waitForText("handle-amount", "3000.00");
            assertThat(handler1.find("breakdown").getText()).contains("起付线以上", "5000.00", "60%");
            handler1.screenshot("assessed");
            handler1.assertNoConsoleErrors();

            handler2.login(RunningSystem.get().url(), "claims2", Businesses.PASSWORD, RunningSystem.TOKEN_KEYS);
            handler2.menu("claim", "menu-claim-queue");
            handle(handler2, claimNo, "do-review");
            handler2.waitForText("handle-state", "待支付");
            handler2.assertNoConsoleErrors();

            finance.login(RunningSystem.get().url(), "finance1", Businesses.PASSWORD, RunningSystem.TOKEN_KEYS);
            finance.menu("claim", "menu-claim-payments");
            finance.click(row(finance, "claim-queue", claimNo).findElement(Browser.byTest("claim-open")));
            date(finance, "pay-date", today);
            finance.type("pay-reference", "PAY-" + claimNo);
            finance.click("do-pay");
            finance.waitForText("handle-state", "已支付");
            finance.assertTablesFit("保障金支付");
            finance.assertNoConsoleErrors();

            unit.driver().navigate().refresh();
            unit.waitUntil(d -> row(unit, "claim-table", claimNo).getText().contains("已支付"), Duration.ofSeconds(10));
            assertThat(row(unit, "claim-table", claimNo).getText()).contains("3000.00");
            unit.screenshot("paid");
            unit.assertNoConsoleErrors();
        }
    }
}
