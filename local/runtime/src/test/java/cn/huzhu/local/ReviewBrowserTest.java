package cn.huzhu.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.testing.SesStore;

/**
 * The review round trip in Chromium: a reviewer returns an enrollment with a reason, the unit fixes and resubmits it,
 * the reviewer approves it; both emails are in the SES emulator's store.
 */
@Tag("browser")
class ReviewBrowserTest {

    private static String submittedByUnit2() {
        ApiClient unit = RunningSystem.client().login("unit2", "huzhu2025");
        String id = unit.post("/api/enrollments", Map.of("plans", List.of(Map.of("planCode", "ZJ01", "shares", 2))))
                .expect(201).body().path("id").asText();
        unit.put("/api/enrollments/" + id + "/plans/ZJ01", Map.of("anonymousCount", 3)).expect(200);
        unit.put("/api/enrollments/" + id, Map.of("employeeCount", 2, "femaleEmployeeCount", 1)).expect(200);
        JsonNode refused = unit.post("/api/enrollments/" + id + "/submit", null).expect(400).body();
        assertThat(refused.toString()).contains("超过在职职工人数");
        unit.put("/api/enrollments/" + id, Map.of("employeeCount", 3)).expect(200);
        attach(unit, id, "盖章名单.pdf", onePagePdf());
        return unit.post("/api/enrollments/" + id + "/submit", null).expect(200).body().path("applicationNo").asText();
    }

    private static byte[] onePagePdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void attach(ApiClient unit, String id, String fileName, byte[] pdf) {
        JsonNode attachment = unit.post("/api/enrollments/" + id + "/attachments", Map.of("fileName", fileName, "size", pdf.length))
                .expect(201).body();
        ApiClient.upload(attachment, pdf);
        unit.post("/api/enrollments/" + id + "/attachments/" + attachment.path("attachment").path("id").asText() + "/complete", null)
                .expect(200);
    }

    /** The reviewer finds the business by its 申请书号 among all the others waiting. */
    private static void openFromQueue(Browser browser, String applicationNo) {
        browser.click("menu-queue");
        browser.find("queue-table");
        browser.type("queue-application-no", applicationNo);
        browser.click("queue-search");
        browser.waitUntil(d -> {
            List<WebElement> rows = browser.find("queue-table").findElements(By.cssSelector("tbody tr"));
            return rows.size() == 1 && rows.get(0).getText().contains(applicationNo);
        }, Duration.ofSeconds(10));
        browser.assertTablesFit("参保初审");
        WebElement row = browser.find("queue-table").findElement(By.xpath(".//tr[.//td[contains(normalize-space(.),'" + applicationNo + "')]]"));
        browser.click(row.findElement(Browser.byTest("review-open")));
        browser.find("review-state");
    }

    @Test
    void returnFixResubmitApprove() {
        LocalRuntime system = RunningSystem.get();
        String applicationNo = submittedByUnit2();
        try (Browser reviewer = Browser.open("review-reviewer"); Browser unit = Browser.open("review-unit")) {
            reviewer.login(system.url(), "reviewer1", "huzhu2025", RunningSystem.TOKEN_KEYS);
            openFromQueue(reviewer, applicationNo);
            reviewer.assertTablesFit("参保单审核");
            reviewer.screenshot("dossier");
            String queue = reviewer.driver().getWindowHandle();
            reviewer.click(reviewer.driver().findElement(By.xpath("//div[contains(@class,'el-tabs__item') and normalize-space(.)='附件']")));
            reviewer.click("attachment-view");
            reviewer.waitUntil(d -> d.getWindowHandles().size() == 2, Duration.ofSeconds(10));
            String preview = reviewer.driver().getWindowHandles().stream().filter(h -> !h.equals(queue)).findFirst().orElseThrow();
            assertThat(reviewer.driver().switchTo().window(preview).getCurrentUrl())
                    .contains("response-content-disposition=inline").contains("response-content-type=application%2Fpdf");
            reviewer.driver().close();
            reviewer.driver().switchTo().window(queue);
            reviewer.click("return");
            reviewer.type("return-reason-input", "在职职工人数有误，请核实后重新提交");
            reviewer.click("return-confirm");
            reviewer.waitForText("review-state", "已退回");
            reviewer.screenshot("returned");

            unit.login(system.url(), "unit2", "huzhu2025", RunningSystem.TOKEN_KEYS);
            unit.click("menu-enrollments");
            WebElement row = unit.find("enrollment-table").findElement(By.xpath(".//tr[.//td[normalize-space(.)='" + applicationNo + "']]"));
            assertThat(row.getText()).contains("已退回");
            unit.click(row.findElement(Browser.byTest("continue")));
            unit.waitForText("return-reason", "在职职工人数有误");
            unit.screenshot("return-reason");
            unit.click("step1-next");
            unit.typeNumber("employee-count", 5);
            unit.waitUntil(d -> unit.driver().findElement(Browser.byTest("employee-count")).findElement(By.cssSelector("input"))
                    .getAttribute("value").equals("5"), Duration.ofSeconds(5));
            unit.click("step2-next");
            unit.find("plan-summary");
            unit.click("submit");
            unit.waitUntil(d -> unit.text().contains("已提交"), Duration.ofSeconds(10));
            unit.screenshot("resubmitted");

            openFromQueue(reviewer, applicationNo);
            assertThat(reviewer.text()).contains("第2次提交");
            reviewer.click("approve");
            reviewer.clickButton("确定");
            reviewer.waitForText("review-state", "审核通过");
            reviewer.driver().findElement(By.xpath("//div[contains(@class,'el-tabs__item') and normalize-space(.)='通知邮件']")).click();
            reviewer.waitUntil(d -> reviewer.all("mail-status").size() == 2, Duration.ofSeconds(10));
            reviewer.screenshot("approved");

            unit.click("menu-enrollments");
            WebElement approved = unit.find("enrollment-table").findElement(By.xpath(".//tr[.//td[normalize-space(.)='" + applicationNo + "']]"));
            unit.click(approved.findElement(Browser.byTest("view")));
            unit.waitForText("next-step", "线上开票录入");
            unit.screenshot("approved-next-step");
            reviewer.assertNoConsoleErrors();
            unit.assertNoConsoleErrors();
        }
        List<SesStore.Mail> mails = SesStore.mails(system.emulators().sesEndpoint()).stream()
                .filter(mail -> mail.subject().contains(applicationNo)).toList();
        assertThat(mails).extracting(SesStore.Mail::subject).containsExactly(
                "【职工互助保障】参保申请" + applicationNo + "已退回", "【职工互助保障】参保申请" + applicationNo + "审核通过");
        assertThat(mails).allSatisfy(mail -> assertThat(mail.to()).isEqualTo("unit2@example.com"));
        assertThat(mails.get(0).body()).contains("在职职工人数有误，请核实后重新提交");
    }
}
