package cn.huzhu.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import cn.huzhu.domain.account.CaptchaChallenge;
import cn.huzhu.testing.TestIds;

/**
 * 变更管理 and 信息查询 in Chromium: the unit removes a member of a confirmed enrollment and undoes it, finds the member in
 * 人员保障查询 and 变更记录; the office finds the person by ID number; a member checks the cover on a 375 px phone.
 */
@Tag("browser")
class ChangesBrowserTest {
    private static final LocalDate BIRTH = LocalDate.of(1987, 7, 17);

    private static WebElement row(Browser browser, String table, String text) {
        browser.waitForText(table, text);
        return browser.find(table).findElement(By.xpath(".//tr[.//td[contains(normalize-space(.),'" + text + "')]]"));
    }

    @Test
    void theUnitRemovesAndFindsAMemberTheOfficeFindsThePersonAndTheMemberChecksOnAPhone() {
        ApiClient api = RunningSystem.client().login("unit2", Businesses.PASSWORD);
        String id = Businesses.confirmed(api, "界面", BIRTH);
        String confirmationNo = RunningSystem.client().login("finance1", Businesses.PASSWORD).get("/api/office/payments/" + id)
                .expect(200).body().path("settlement").path("confirmation").path("number").asText();
        assertThat(confirmationNo).isNotBlank();
        String start = api.get("/api/enrollments/" + id + "/plans/NT01/members?q=" + ApiClient.query("界面甲")).body()
                .path("items").get(0).path("coverageStart").asText();
        try (Browser unit = Browser.open("changes-unit"); Browser office = Browser.open("changes-office");
                Browser phone = Browser.open("changes-phone")) {
            unit.login(RunningSystem.get().url(), "unit2", Businesses.PASSWORD, RunningSystem.TOKEN_KEYS);
            unit.menu("change", "menu-removals");
            unit.type("removal-confirmation-no", confirmationNo);
            unit.click("removal-search");
            unit.click(row(unit, "removal-enrollments", confirmationNo).findElement(Browser.byTest("open-removals")));
            WebElement member = row(unit, "removal-members", "界面甲");
            unit.click(member.findElement(By.cssSelector(".el-checkbox")));
            unit.choose("removal-reason", "调出");
            unit.type("removal-date", start);
            unit.find("removal-date").findElement(By.cssSelector("input")).sendKeys(Keys.ENTER);
            unit.click("confirm-removal");
            unit.clickButton("确认减员");
            unit.waitForText("removal-members", "已减员");
            assertThat(row(unit, "removal-members", "界面甲").getText()).contains("调出", start);
            unit.assertTablesFit("减员");
            unit.screenshot("removed");
            unit.clickButton("关闭");
            unit.waitUntil(d -> unit.all("removal-dialog").isEmpty(), Duration.ofSeconds(10));

            unit.menu("query", "menu-people");
            unit.type("people-query", "界面甲");
            unit.click("people-search");
            unit.waitForText("people-table", "已减员·调出");
            assertThat(unit.find("people-table").getText()).contains(start).doesNotContain(TestIds.woman(BIRTH, 0));
            unit.assertTablesFit("人员保障查询");
            unit.menu("query", "menu-payment-records");
            unit.waitForText("payment-records", confirmationNo);
            unit.assertTablesFit("缴费记录");
            unit.menu("query", "menu-changes");
            unit.waitForText("change-table", "减员");
            assertThat(row(unit, "change-table", "界面甲").getText()).contains("调出");
            unit.assertTablesFit("变更记录");
            unit.menu("enroll", "menu-confirmations");
            unit.type("confirmation-no-filter", confirmationNo);
            unit.click("confirmation-search");
            unit.click(row(unit, "confirmation-table", confirmationNo).findElement(Browser.byTest("check-members")));
            unit.waitForText("confirm-members", "已减员·调出");
            unit.assertTablesFit("确认人员名单");
            unit.clickButton("取消");
            unit.assertNoConsoleErrors();

            office.login(RunningSystem.get().url(), "reviewer1", Businesses.PASSWORD, RunningSystem.TOKEN_KEYS);
            office.menu("query", "menu-office-people");
            office.type("people-query", TestIds.woman(BIRTH, 0));
            office.click("people-search");
            office.waitForText("people-table", "青岛区测试单位2");
            office.click(row(office, "people-table", "界面甲").findElement(Browser.byTest("office-undo-removal")));
            office.clickButton("确认撤销");
            office.waitUntil(d -> !office.find("people-table").getText().contains("已减员"), Duration.ofSeconds(20));
            office.assertTablesFit("人员保障查询 · 办事处");
            office.menu("query", "menu-office-changes");
            office.waitForText("change-table", "撤销减员");
            assertThat(row(office, "change-table", "界面甲").getText()).contains("青岛区测试单位2");
            office.assertTablesFit("变更记录 · 办事处");
            office.assertNoConsoleErrors();

            phone.driver().manage().window().setSize(new Dimension(375, 812));
            phone.go(RunningSystem.get().url() + "/#/lookup");
            WebElement image = phone.find("lookup-captcha-image");
            phone.waitUntil(d -> !image.getAttribute("data-captcha-id").isEmpty(), Duration.ofSeconds(10));
            String answer = new CaptchaChallenge(RunningSystem.TOKEN_KEYS, Duration.ofMinutes(5))
                    .answerOf(image.getAttribute("data-captcha-id"), Instant.now()).orElseThrow();
            phone.type("lookup-name", "界面甲");
            phone.type("lookup-id", TestIds.woman(BIRTH, 0));
            phone.type("lookup-captcha", answer);
            phone.click("lookup-submit");
            phone.waitForText("lookup-cover", "青岛区测试单位2");
            assertThat(phone.find("lookup-cover").getText()).contains("女职工特殊疾病", start).doesNotContain("已减员");
            long width = (Long) ((JavascriptExecutor) phone.driver()).executeScript("return document.documentElement.scrollWidth");
            assertThat(width).as("nothing wider than the phone").isLessThanOrEqualTo(375);
            phone.screenshot("phone");
            phone.assertNoConsoleErrors();
        }
    }

    @Test
    void theUnitAsksForACorrectionWithAProofAndTheReviewerApprovesIt() throws Exception {
        LocalDate birth = LocalDate.of(1988, 8, 18);
        ApiClient api = RunningSystem.client().login("unit2", Businesses.PASSWORD);
        String id = Businesses.confirmed(api, "改名", birth);
        String applicationNo = api.get("/api/enrollments/" + id).body().path("applicationNo").asText();
        Path proof = Files.createTempFile("proof-", ".pdf");
        Files.writeString(proof, "%PDF-1.4 身份证复印件");
        try (Browser unit = Browser.open("correction-unit"); Browser reviewer = Browser.open("correction-reviewer")) {
            unit.login(RunningSystem.get().url(), "unit2", Businesses.PASSWORD, RunningSystem.TOKEN_KEYS);
            unit.menu("change", "menu-corrections");
            unit.click("new-correction");
            unit.choose("correction-business", applicationNo);
            unit.type("correction-member-search", "改名甲");
            unit.click("correction-member-find");
            unit.waitUntil(d -> unit.find("correction-member").getText().contains("改名甲"), Duration.ofSeconds(10));
            unit.type("correction-name", "改名新");
            unit.type("correction-reason", "姓名录入错误");
            unit.uploadFile("correction-file", proof);
            unit.waitForText("correction-file-name", proof.getFileName().toString());
            unit.click("correction-save");
            unit.waitForText("correction-table", "待审核");
            unit.assertTablesFit("信息更正");
            unit.assertNoConsoleErrors();

            reviewer.login(RunningSystem.get().url(), "reviewer1", Businesses.PASSWORD, RunningSystem.TOKEN_KEYS);
            reviewer.menu("review", "menu-correction-queue");
            WebElement request = row(reviewer, "correction-queue", "改名新");
            assertThat(request.getText()).contains("改名甲", "姓名录入错误");
            reviewer.assertTablesFit("信息更正审核");
            reviewer.click(request.findElement(Browser.byTest("correction-approve")));
            reviewer.clickButton("确认同意");
            reviewer.waitUntil(d -> !reviewer.find("correction-queue").getText().contains("改名新"), Duration.ofSeconds(20));
            reviewer.assertNoConsoleErrors();

            unit.driver().navigate().refresh();
            unit.waitForText("correction-table", "已同意");
            assertThat(unit.find("correction-table").getText()).doesNotContain("改名甲");
        }
        assertThat(api.get("/api/enrollments/" + id + "/plans/NT01/members?q=" + ApiClient.query("改名新")).body()
                .path("items")).hasSize(1);
    }
}
