package cn.huzhu.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * 换开 in Chromium: the unit asks for a 换开 from its receipt list, finance grants it on its 换开申请 page, and the unit
 * sees the original 已换开, the red receipt and the replacement under the corrected 抬头.
 */
@Tag("browser")
class ReissueBrowserTest {

    private static WebElement row(Browser browser, String table, String text) {
        browser.waitForText(table, text);
        return browser.find(table).findElement(By.xpath(".//tr[.//td[contains(normalize-space(.),'" + text + "')]]"));
    }

    @Test
    void theUnitAsksForAReissueFinanceGrantsItAndTheUnitSeesTheReplacement() {
        ApiClient api = RunningSystem.client().login("unit2", Businesses.PASSWORD);
        String id = Businesses.confirmed(api, "换开", LocalDate.of(1983, 8, 8));
        String applicationNo = api.get("/api/enrollments/" + id).body().path("applicationNo").asText();
        String number = api.await("/api/invoicing/" + id + "/receipts", r -> r.size() == 1, Duration.ofSeconds(30)).get(0)
                .path("number").asText();
        try (Browser unit = Browser.open("reissue-unit"); Browser finance = Browser.open("reissue-finance")) {
            unit.login(RunningSystem.get().url(), "unit2", Businesses.PASSWORD, RunningSystem.TOKEN_KEYS);
            unit.menu("enroll", "menu-invoices");
            unit.click(row(unit, "invoicing-table", applicationNo).findElement(Browser.byTest("process")));
            unit.click(row(unit, "receipt-table", number).findElement(Browser.byTest("request-reissue")));
            unit.type("reissue-title", "青岛区测试单位2工会委员会");
            unit.type("reissue-reason", "抬头应为工会");
            unit.click("reissue-save");
            unit.waitForText("receipt-table", "换开待审核");
            unit.assertTablesFit("开票处理 · 电子票据");

            finance.login(RunningSystem.get().url(), "finance1", Businesses.PASSWORD, RunningSystem.TOKEN_KEYS);
            finance.menu("review", "menu-reissues");
            WebElement request = row(finance, "reissue-table", number);
            assertThat(request.getText()).contains("青岛区测试单位2工会委员会", "抬头应为工会");
            finance.assertTablesFit("换开申请");
            finance.click(request.findElement(Browser.byTest("reissue-approve")));
            finance.waitForText("已同意换开", Duration.ofSeconds(20));
            finance.assertNoConsoleErrors();

            unit.driver().navigate().refresh();
            unit.waitUntil(d -> unit.find("receipt-table").findElements(By.cssSelector("tbody tr")).size() == 3,
                    Duration.ofSeconds(30));
            String receipts = unit.find("receipt-table").getText();
            assertThat(receipts).contains("已换开", "红字", "换开", "-400.00", "青岛区测试单位2工会委员会");
            unit.screenshot("replaced");
            unit.assertNoConsoleErrors();
        }
    }
}
