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

/** Paper in Chromium: the unit prints its 缴费通知单, checks the member list and prints its 确认书, downloads the list. */
@Tag("browser")
class DocumentsBrowserTest {

    private static WebElement row(Browser browser, String table, String text) {
        browser.waitForText(table, text);
        return browser.find(table).findElement(By.xpath(".//tr[.//td[contains(normalize-space(.),'" + text + "')]]"));
    }

    @Test
    void theUnitPrintsTheNoticeAndTheConfirmationAndFindsTheFiles() throws Exception {
        LocalRuntime system = RunningSystem.get();
        ApiClient api = RunningSystem.client().login("unit2", Businesses.PASSWORD);
        String id = Businesses.confirmed(api, "打印", LocalDate.of(1989, 9, 9));
        String applicationNo = api.get("/api/enrollments/" + id).body().path("applicationNo").asText();
        try (Browser unit = Browser.open("documents-unit")) {
            unit.login(system.url(), "unit2", Businesses.PASSWORD, RunningSystem.TOKEN_KEYS);
            unit.menu("enroll", "menu-notices");
            WebElement notice = row(unit, "notice-table", applicationNo);
            unit.click(notice.findElement(Browser.byTest("print-notice")));
            Path noticePdf = unit.downloaded("缴费通知单_" + applicationNo, Duration.ofSeconds(20));
            assertThat(PdfReading.text(Files.readAllBytes(noticePdf)).replace(" ", "")).contains(applicationNo, "400.00",
                    "缴款识别码");
            unit.waitUntil(d -> row(unit, "notice-table", applicationNo).findElement(Browser.byTest("notice-prints")).getText()
                    .equals("1"), Duration.ofSeconds(10));
            unit.screenshot("notice-printed");

            unit.menu("enroll", "menu-confirmations");
            WebElement confirmation = row(unit, "confirmation-table", applicationNo);
            String number = confirmation.findElements(By.tagName("td")).get(1).getText().trim();
            unit.click(confirmation.findElement(Browser.byTest("check-members")));
            unit.waitUntil(d -> unit.all("confirm-members").size() == 1
                    && unit.find("confirm-members").findElements(By.cssSelector("tbody tr")).size() == 8, Duration.ofSeconds(10));
            assertThat(unit.find("confirm-members").getText()).contains("打印甲", "********");
            unit.screenshot("members-checked");
            unit.click("print-confirmation");
            Path confirmationPdf = unit.downloaded("确认书_" + number, Duration.ofSeconds(20));
            assertThat(PdfReading.text(Files.readAllBytes(confirmationPdf)).replace(" ", "")).contains("确认书号：" + number,
                    "打印甲", "第1页");
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
        }
    }
}
