package cn.huzhu.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

import cn.huzhu.testing.RosterFiles;
import cn.huzhu.testing.TestIds;

/** The first slice clicked in a real browser: login, a draft with a plan, a roster upload, the batch and the members. */
@Tag("browser")
class RosterSliceBrowserTest {

    @Test
    void aUnitOperatorEnrollsEmployeesInTheBrowser(@TempDir Path dir) throws Exception {
        LocalRuntime system = RunningSystem.get();
        String zhang = TestIds.man(LocalDate.of(1981, 2, 3), 7);
        Path roster = Files.write(dir.resolve("人员清单.xlsx"), RosterFiles.withTemplateHeader()
                .person("张三", zhang)
                .person("李四", TestIds.woman(LocalDate.of(1992, 5, 6), 7))
                .person("王五", "110105194912310021")
                .xlsx());
        try (Browser browser = Browser.open("roster-slice")) {
            browser.login(system.url(), "unit1", "huzhu2025", RunningSystem.TOKEN_KEYS);
            browser.find("side-menu");
            assertThat(browser.find("side-menu").getText()).contains("模板下载", "参保录入", "确认书打印", "线上开票录入", "缴费通知单打印");
            browser.click("menu-enrollments");
            browser.find("enrollment-table");
            assertThat(browser.find("page-tabs").getText()).contains("首页", "参保录入");
            browser.assertTablesFit("参保录入");
            browser.screenshot("enrollment-list");

            browser.click("new-enrollment");
            browser.addPlan("在职职工住院医疗(一年期)", "住院医疗(A方案)(会费95元)");
            browser.screenshot("step1-plans");
            browser.click("step1-next");

            browser.find("roster-plans");
            browser.click("import-plan");
            browser.uploadRoster(roster);
            browser.waitForText("batch-succeeded", "2");
            assertThat(browser.find("batch-failed").getText()).isEqualTo("1");
            assertThat(browser.find("batch-total").getText()).isEqualTo("3");
            browser.waitForText("persons", "2");
            browser.screenshot("step2-imported");

            browser.click("members");
            browser.waitUntil(d -> browser.all("member-id").size() == 2, Duration.ofSeconds(20));
            String shown = browser.find("member-table").getText();
            assertThat(shown).contains("张三", "李四").doesNotContain(zhang)
                    .contains(zhang.substring(0, 6) + "********" + zhang.substring(14));
            for (WebElement id : browser.all("member-id")) {
                assertThat(id.getText()).matches("\\d{6}\\*{8}[0-9X]{4}");
            }
            assertThat(shown).doesNotContain("1981-02-03").doesNotContain("出生日期");
            browser.assertTablesFit("参保录入 · 人员名单");
            browser.screenshot("step2-members");
            browser.assertNoConsoleErrors();
        }
    }
}
