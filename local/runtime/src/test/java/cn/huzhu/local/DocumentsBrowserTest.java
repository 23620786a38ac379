package cn.huzhu.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import cn.huzhu.adapter.pdf.PdfReading;

/**
 * Paper in Chromium: the unit prints its 缴费通知单, checks the member list of each plan (one of them only 无名单) and
 * prints its 确认书, downloads the list; finance finds the business by the notice's 缴款识别码.
 */
@Tag("browser")
class DocumentsBrowserTest {

    private static WebElement row(Browser browser, String table, String text) {
        browser.waitForText(table, text);
        return browser.find(table).findElement(By.xpath(".//tr[.//td[contains(normalize-space(.),'" + text + "')]]"));
    }

    /** As a bank statement's remark would carry it: lower case, spaced, in full-width letters. */
    private static void financeFindsTheBusinessByItsReference(LocalRuntime system, String reference, String applicationNo) {
        String spaced = String.join(" ", reference.toLowerCase(java.util.Locale.ROOT).split(""));
        String remark = (char) (spaced.charAt(0) + 0xFEE0) + spaced.substring(1);
        try (Browser finance = Browser.open("documents-finance")) {
            finance.login(system.url(), "finance1", Businesses.PASSWORD, RunningSystem.TOKEN_KEYS);
            finance.menu("review", "menu-payments");
            finance.find("payment-table");
            finance.driver().findElement(By.xpath("//div[contains(@class,'el-tabs__item') and normalize-space(.)='已确认']")).click();
            finance.type("payment-reference", remark);
            finance.click("payment-search");
            finance.waitUntil(d -> {
                java.util.List<WebElement> rows = finance.find("payment-table").findElements(By.cssSelector("tbody tr"));
                return rows.size() == 1 && rows.get(0).getText().contains(applicationNo);
            }, Duration.ofSeconds(10));
            finance.assertTablesFit("确认收款");
            finance.screenshot("found-by-reference");
            finance.assertNoConsoleErrors();
        }
    }

    @Test
    void theUnitPrintsTheNoticeAndTheConfirmationAndFindsTheFiles() throws Exception {
        LocalRuntime system = RunningSystem.get();
        ApiClient api = RunningSystem.client().login("unit2", Businesses.PASSWORD);
        String id = Businesses.confirmed(api, "打印", LocalDate.of(1989, 9, 9), 3);
        String applicationNo = api.get("/api/enrollments/" + id).body().path("applicationNo").asText();
        try (Browser unit = Browser.open("documents-unit")) {
            unit.login(system.url(), "unit2", Businesses.PASSWORD, RunningSystem.TOKEN_KEYS);
            unit.menu("enroll", "menu-notices");
            WebElement notice = row(unit, "notice-table", applicationNo);
            unit.click(notice.findElement(Browser.byTest("print-notice")));
            Path noticePdf = unit.downloaded("缴费通知单_" + applicationNo, Duration.ofSeconds(20));
            assertThat(PdfReading.text(Files.readAllBytes(noticePdf)).replace(" ", "")).contains(applicationNo, "缴款识别码");
            unit.waitUntil(d -> row(unit, "notice-table", applicationNo).findElement(Browser.byTest("notice-prints")).getText()
                    .equals("1"), Duration.ofSeconds(10));
            String reference = row(unit, "notice-table", applicationNo).findElement(Browser.byTest("notice-reference")).getText();
            assertThat(reference).matches("[0-9A-Z]{6,}");
            unit.assertTablesFit("缴费通知单打印");
            unit.screenshot("notice-printed");

            unit.menu("enroll", "menu-confirmations");
            WebElement confirmation = row(unit, "confirmation-table", applicationNo);
            String number = confirmation.findElements(By.tagName("td")).get(1).getText().trim();
            unit.click(confirmation.findElement(Browser.byTest("check-members")));
            unit.waitUntil(d -> unit.all("confirm-members").size() == 1
                    && unit.find("confirm-members").findElements(By.cssSelector("tbody tr")).size() == 8, Duration.ofSeconds(10));
            assertThat(unit.find("confirm-members").getText()).contains("打印甲", "********");
            assertThat(unit.find("member-plan-NT01").getText()).contains("8人").doesNotContain("无名单");
            assertThat(unit.find("member-plan-ZJ01").getText()).contains("3人，含无名单3人");
            unit.click("member-plan-ZJ01");
            unit.waitUntil(d -> unit.find("confirm-members").findElements(By.cssSelector("tbody tr")).isEmpty(), Duration.ofSeconds(10));
            unit.assertTablesFit("确认书打印 · 核对人员");
            unit.screenshot("members-checked");
            unit.click("print-confirmation");
            Path confirmationPdf = unit.downloaded("确认书_" + number, Duration.ofSeconds(20));
            assertThat(PdfReading.text(Files.readAllBytes(confirmationPdf)).replace(" ", "")).contains("确认书号：" + number,
                    "打印甲", "第1页", "合计：11人次（含无名单3人次）", "参保人员名单（共8人，8人次）");
            unit.go(PdfReading.qrCode(Files.readAllBytes(confirmationPdf)));
            unit.waitForText("verify-persons", "11 人次（含无名单 3 人次）");
            unit.screenshot("confirmation-verified");
            unit.go(system.url() + "/#/confirmations");
            unit.find("confirmation-table");
            unit.driver().findElement(By.xpath("//div[contains(@class,'el-tabs__item') and normalize-space(.)='已打印']")).click();
            WebElement printed = row(unit, "confirmation-table", applicationNo);
            assertThat(printed.findElement(Browser.byTest("confirmation-prints")).getText()).isEqualTo("1");
            unit.click(printed.findElement(Browser.byTest("download-members")));
            Path list = unit.downloaded("确认书人员清单_" + number, Duration.ofSeconds(20));
            try (InputStream in = Files.newInputStream(list); XSSFWorkbook book = new XSSFWorkbook(in)) {
                assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(9);
            }
            unit.screenshot("confirmation-printed");
            unit.assertNoConsoleErrors();
            financeFindsTheBusinessByItsReference(system, reference, applicationNo);
        }
    }
}
