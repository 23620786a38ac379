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

import cn.huzhu.adapter.pdf.PdfReading;
import cn.huzhu.testing.RosterFiles;
import cn.huzhu.testing.TestIds;

/**
 * 增员 in Chromium: from 变更管理 › 增员 the unit starts a 增员 of a confirmed business, uploads new hires with their
 * 入职日期, adds one more by hand and submits; the reviewer approves it from 参保初审; the unit enters its invoice,
 * finance confirms the payment, and 确认书打印 lists the 批单 with its members covered to the 原参保单's end, prints it
 * and its QR code verifies it.
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
        try (Browser unit = Browser.open("addition-unit"); Browser reviewer = Browser.open("addition-reviewer");
                Browser finance = Browser.open("addition-finance")) {
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

            unit.menu("enroll", "menu-invoices");
            unit.choose("business-type", "增员");
            unit.click(row(unit, "invoicing-table", applicationNo).findElement(Browser.byTest("process")));
            unit.waitForText("plan-remaining", "150.00");
            unit.click("add-invoice");
            unit.find("invoice-dialog");
            unit.click("pick-NT01");
            unit.type("line-price", "50");
            unit.click(unit.find("source").findElement(By.xpath(".//label[.//span[normalize-space(.)='会员自付']]")));
            unit.type("title", "青岛区测试单位2全体会员");
            unit.type("tax-id", "91350100M000100Y43");
            unit.type("payer-email", "zy-" + applicationNo + "@example.cn");
            unit.waitForText("preview-words", "壹佰伍拾元整");
            unit.click("save-invoice");
            unit.waitUntil(d -> unit.all("invoice-dialog").isEmpty(), Duration.ofSeconds(10));
            unit.waitUntil(d -> unit.find("summary-remaining").getText().equals("0.00"), Duration.ofSeconds(10));
            unit.click("submit-invoices");
            unit.clickButton("确定");
            unit.waitForText("desk-state", "待缴费");

            finance.login(RunningSystem.get().url(), "finance1", Businesses.PASSWORD, RunningSystem.TOKEN_KEYS);
            finance.menu("review", "menu-payments");
            finance.click(row(finance, "payment-table", applicationNo).findElement(Browser.byTest("confirm-open")));
            finance.type("confirm-amount", "150");
            finance.type("confirm-reference", "BOC-" + applicationNo);
            finance.click("confirm-payment");
            finance.waitUntil(d -> finance.all("confirm-dialog").isEmpty(), Duration.ofSeconds(10));
            finance.driver().findElement(By.xpath("//div[contains(@class,'el-tabs__item') and normalize-space(.)='已确认']")).click();
            finance.click(row(finance, "payment-table", applicationNo).findElement(Browser.byTest("payment-view")));
            finance.waitUntil(d -> {
                if (!finance.find("fulfilment-status").getText().equals("已完成")) {
                    finance.clickButton("刷新");
                    return false;
                }
                return true;
            }, Duration.ofSeconds(60));
            finance.assertNoConsoleErrors();
            String slipNo = finance.find("confirmation-no").getText().trim();
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
            unit.click("print-confirmation");
            byte[] pdf = Files.readAllBytes(unit.downloaded(slipNo, Duration.ofSeconds(20)));
            assertThat(PdfReading.text(pdf).replace(" ", "")).contains("职工互助保障活动变更确认书（批单）", "确认书号：" + slipNo,
                    "原确认书号：" + confirmationNo, "新员甲", "新员丙");
            unit.go(PdfReading.qrCode(pdf));
            unit.waitForText("verify-persons", "3 人次");
            unit.screenshot("batch-slip-verified");
            unit.assertNoConsoleErrors();
        }
        assertThat(List.of(id)).doesNotContain(origin);
    }
}
