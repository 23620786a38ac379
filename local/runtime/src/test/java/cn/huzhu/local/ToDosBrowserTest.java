package cn.huzhu.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** 待办 in Chromium: each of the unit's to-dos leads to its screen; the office's home page counts its queues. */
@Tag("browser")
class ToDosBrowserTest {

    private static WebElement todo(Browser browser, String text) {
        browser.waitForText("todos", text);
        return browser.find("todos").findElement(By.xpath(".//div[@data-test='todo'][contains(normalize-space(.),'" + text + "')]//a"));
    }

    @Test
    void theUnitsToDosLeadToTheirScreensAndTheOfficeSeesItsQueues() {
        ApiClient api = RunningSystem.client().login("unit2", Businesses.PASSWORD);
        String approved = Businesses.approved(api, "待办", LocalDate.of(1982, 2, 2));
        String approvedNo = api.get("/api/enrollments/" + approved).body().path("applicationNo").asText();
        String returned = Businesses.submitted(api, "退回", LocalDate.of(1982, 3, 3));
        String returnedNo = api.get("/api/enrollments/" + returned).body().path("applicationNo").asText();
        RunningSystem.client().login("reviewer1", Businesses.PASSWORD)
                .post("/api/office/enrollments/" + returned + "/return", Map.of("reason", "请补充在职人数证明")).expect(200);
        String invoiced = Businesses.invoiced(api, "待缴", LocalDate.of(1982, 4, 4), 0);
        String invoicedNo = api.get("/api/enrollments/" + invoiced).body().path("applicationNo").asText();
        String confirmed = Businesses.confirmed(api, "待印", LocalDate.of(1982, 5, 5));
        String confirmationNo = RunningSystem.client().login("finance1", Businesses.PASSWORD).get("/api/office/payments/"
                + confirmed).body().path("settlement").path("confirmation").path("number").asText();

        try (Browser unit = Browser.open("todos-unit"); Browser finance = Browser.open("todos-finance");
                Browser reviewer = Browser.open("todos-reviewer")) {
            unit.login(RunningSystem.get().url(), "unit2", Businesses.PASSWORD, RunningSystem.TOKEN_KEYS);
            unit.click(todo(unit, "参保单" + approvedNo + "已审核通过"));
            unit.waitForText("申请书号 " + approvedNo, Duration.ofSeconds(10));
            unit.go(RunningSystem.get().url() + "/#/");
            WebElement back = todo(unit, "参保单" + returnedNo + "已退回");
            assertThat(unit.find("todos").getText()).contains("请补充在职人数证明");
            unit.click(back);
            unit.waitUntil(d -> d.getCurrentUrl().contains("/enrollments/" + returned + "/step/1"), Duration.ofSeconds(10));
            unit.screenshot("returned");
            unit.go(RunningSystem.get().url() + "/#/");
            unit.click(todo(unit, "参保单" + invoicedNo + "的开票信息已提交"));
            unit.waitUntil(d -> d.getCurrentUrl().endsWith("/notices"), Duration.ofSeconds(10));
            unit.find("notice-table");
            unit.go(RunningSystem.get().url() + "/#/");
            unit.click(todo(unit, "确认书" + confirmationNo + "尚未打印"));
            unit.waitUntil(d -> d.getCurrentUrl().endsWith("/confirmations"), Duration.ofSeconds(10));
            unit.assertNoConsoleErrors();

            finance.login(RunningSystem.get().url(), "finance1", Businesses.PASSWORD, RunningSystem.TOKEN_KEYS);
            finance.waitForText("queues", "到账核对（待处理）");
            finance.click(finance.find("queues").findElement(By.xpath(".//div[@data-test='queue'][contains(.,'换开申请')]")));
            finance.find("reissue-table");
            finance.assertNoConsoleErrors();

            reviewer.login(RunningSystem.get().url(), "reviewer1", Businesses.PASSWORD, RunningSystem.TOKEN_KEYS);
            reviewer.waitForText("queues", "参保初审（待初审）");
            reviewer.menu("maintain", "menu-settings");
            WebElement days = reviewer.find("reminder-days");
            WebElement input = "input".equals(days.getTagName()) ? days : days.findElement(By.cssSelector("input"));
            assertThat(input.getAttribute("value")).isEqualTo("60,30,7");
            // the kinds of claim and their documents come from the server
            WebElement stayDocuments = reviewer.find("claim-documents-HOSPITAL_STAY");
            WebElement stayInput = "input".equals(stayDocuments.getTagName()) ? stayDocuments
                    : stayDocuments.findElement(By.cssSelector("input"));
            assertThat(stayInput.getAttribute("value")).contains("出院小结");
            assertThat(reviewer.driver().findElement(By.xpath("//label[normalize-space(.)='意外身故材料']")).isDisplayed()).isTrue();
            reviewer.click("run-reminders");
            reviewer.waitForText("reminder-result", "张已确认参保单");
            reviewer.assertNoConsoleErrors();
        }
    }
}
