package cn.huzhu.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.testing.RosterFiles;
import cn.huzhu.testing.TestIds;

/**
 * 增员 in Chromium: from 变更管理 › 增员 the unit starts a 增员 of a confirmed business, uploads new hires with their
 * 入职日期, adds one more by hand and submits; the reviewer approves it from 参保初审; once paid, 确认书打印 lists the
 * 批单 with its members covered to the 原参保单's end.
 */
@Tag("browser")
class AdditionsBrowserTest {
    private static final LocalDate BIRTH = LocalDate.of(1988, 8, 28);
    private static final LocalDate NEW_BIRTH = LocalDate.of(1996, 6, 6);

    private static WebElement row(Browser browser, String table, String text) {
        browser.waitForText(table, text);
        return browser.find(table).findElement(By.xpath(".//tr[.//td[contains(normalize-space(.),'" + text + "')]]"));
    }

    @Test
    void theUnitAddsNewHiresTheReviewerApprovesAndTheBatchSlipListsThem() throws Exception {
        ApiClient api = RunningSystem.client().login("unit2", Businesses.PASSWORD);
        String origin = Businesses.confirmed(api, "批单", BIRTH);
        String confirmationNo = RunningSystem.client().login("finance1", Businesses.PASSWORD).get("/api/office/payments/" + origin)
                .expect(200).body().path("settlement").path("confirmation").path("number").asText();
        Path dir = Files.createTempDirectory("addition");
        Path roster = dir.resolve("新入职人员.xlsx");
        Files.write(roster, RosterFiles.withTemplateHeader()
                .row(1, "新员甲", "居民身份证", TestIds.woman(NEW_BIRTH, 0), null, null, null, null, null, LocalDate.now().minusDays(3))
                .row(2, "新员乙", "居民身份证", TestIds.woman(NEW_BIRTH, 1), null, null, null, null, null, null)
                .row(3, "批单甲", "居民身份证", TestIds.woman(BIRTH, 0), null, null, null, null, null, null).xlsx());
        String id;
        try (Browser unit = Browser.open("addition-unit"); Browser reviewer = Browser.open("addition-reviewer")) {
            unit.login(RunningSystem.get().url(), "unit2", Businesses.PASSWORD, RunningSystem.TOKEN_KEYS);
            unit.menu("change", "menu-additions");
            unit.type("addition-confirmation-no", confirmationNo);
            unit.click("addition-search");
            unit.click(row(unit, "addition-origins", confirmationNo).findElement(Browser.byTest("start-addition")));
            unit.clickButton("新建增员");
            unit.find("roster-plans");
            unit.waitUntil(d -> d.getCurrentUrl().contains("/step/2"), Duration.ofSeconds(10));
            id = unit.driver().getCurrentUrl().replaceAll(".*/enrollments/([^/]+)/step/2.*", "$1");
            assertThat(unit.all("anonymous")).as("a 增员 names everyone").isEmpty();

            unit.click("import-plan");
            unit.uploadRoster(roster);
            assertThat(unit.find("batch-failed").getText()).isEqualTo("1");
            unit.all("add-member").get(0).click();
            unit.type("add-name", "新员丙");
            unit.type("add-id-number", TestIds.woman(NEW_BIRTH, 2));
            unit.click("add-save");
            unit.waitUntil(d -> unit.all("persons").get(0).getText().equals("3"), Duration.ofSeconds(10));
            unit.assertTablesFit("增员 · 人员清单");
            unit.screenshot("roster");

            unit.click("step2-next");
            unit.waitUntil(d -> unit.all("submission-problems").isEmpty(), Duration.ofSeconds(10));
            unit.click("submit");
            unit.waitForText("state", "待初审");
            unit.screenshot("submitted");
            unit.assertNoConsoleErrors();

            String applicationNo = api.get("/api/enrollments/" + id).expect(200).body().path("applicationNo").asText();
            reviewer.login(RunningSystem.get().url(), "reviewer1", Businesses.PASSWORD, RunningSystem.TOKEN_KEYS);
            reviewer.click("menu-queue");
            reviewer.type("queue-application-no", applicationNo);
            reviewer.click("queue-search");
            WebElement queued = row(reviewer, "queue-table", applicationNo);
            assertThat(queued.getText()).contains("增员");
            reviewer.click(queued.findElement(Browser.byTest("review-open")));
            reviewer.click("approve");
            reviewer.clickButton("确定");
            reviewer.waitForText("review-state", "审核通过");
            reviewer.assertNoConsoleErrors();

            Businesses.invoice(api, id, "增员");
            Businesses.noticeReference(api, id);
            Businesses.confirmPayment(api, id);
            JsonNode confirmed = api.get("/api/documents/confirmations?limit=100").expect(200).body().path("items");
            String slipNo = null;
            for (JsonNode c : confirmed) {
                slipNo = c.path("id").asText().equals(id) ? c.path("confirmationNo").asText() : slipNo;
            }
            assertThat(slipNo).isNotBlank();
            String commonEnd = api.get("/api/enrollments/" + id).body().path("plans").get(0).path("commonEnd").asText();

            unit.menu("enroll", "menu-confirmations");
            unit.type("confirmation-no-filter", slipNo);
            unit.click("confirmation-search");
            WebElement slip = row(unit, "confirmation-table", slipNo);
            assertThat(slip.getText()).contains("批单");
            unit.click(slip.findElement(Browser.byTest("check-members")));
            unit.waitForText("confirm-members", "新员丙");
            assertThat(unit.find("confirm-members").getText()).contains("新员甲", "新员乙", commonEnd).doesNotContain("批单甲");
            unit.assertTablesFit("批单 · 确认人员名单");
            unit.screenshot("batch-slip-members");
            unit.clickButton("取消");
            unit.assertNoConsoleErrors();
        }
        assertThat(List.of(id)).doesNotContain(origin);
    }
}
