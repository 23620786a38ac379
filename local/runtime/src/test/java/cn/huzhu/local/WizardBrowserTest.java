package cn.huzhu.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.huzhu.testing.TestIds;
import cn.huzhu.testing.Workbooks;

/**
 * The whole wizard clicked in Chromium: download the template, fill it, create the enrollment, import into two plans
 * at once, see the failed row and download it, add 无名单, give the head counts, attach a file, submit.
 */
@Tag("browser")
class WizardBrowserTest {

    private static Path fillTemplate(Path template, Path target) throws Exception {
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("参保人员");
            String[][] people = {
                    {"1", "周芳", "居民身份证", TestIds.woman(LocalDate.of(1986, 6, 1), 4), "女", "", "13911112222", "一般职业", ""},
                    {"2", "吴刚", "", TestIds.man(LocalDate.of(1984, 4, 1), 4), "", "", "", "高危职业", "车间"},
                    {"3", "郑爽", "居民身份证", "110105194912310021", "", "", "", "", ""},
            };
            for (int r = 0; r < people.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < people[r].length; c++) {
                    if (!people[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(people[r][c]);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        }
        return target;
    }

    @Test
    void aUnitOperatorCompletesTheWizard(@TempDir Path dir) throws Exception {
        LocalRuntime system = RunningSystem.get();
        Path pdf = Files.write(dir.resolve("盖章名单.pdf"), "%PDF-1.4 stamped list".getBytes(StandardCharsets.US_ASCII));
        try (Browser browser = Browser.open("wizard")) {
            browser.login(system.url(), "unit1", "huzhu2025", RunningSystem.TOKEN_KEYS);

            browser.click("menu-template");
            browser.click("download-template");
            Path template = browser.downloaded("参保人信息模板-通用", Duration.ofSeconds(20));
            Path roster = fillTemplate(template, dir.resolve("我单位名单.xlsx"));
            browser.screenshot("template");

            browser.click("menu-enrollments");
            browser.click("new-enrollment");
            browser.addPlan("在职职工住院医疗(一年期)", "住院医疗(A方案)(会费95元)");
            browser.addPlan("在职职工意外伤害互助保障活动", "意外伤害(会费20元)");
            browser.assertTablesFit("参保录入 · 选择保障活动");
            browser.screenshot("step1");
            browser.click("step1-next");

            browser.click("batch-import");
            browser.uploadRoster(roster);
            assertThat(browser.find("batch-failed").getText()).isEqualTo("1");
            assertThat(browser.find("batch-message").getText()).contains("1行导入失败");
            browser.click("download-failed");
            Path failed = browser.downloaded("导入失败人员", Duration.ofSeconds(20));
            Workbooks.Sheet failedRows = Workbooks.read(failed);
            assertThat(failedRows.header()).endsWith("失败原因");
            assertThat(failedRows.rows()).singleElement()
                    .satisfies(row -> assertThat(row.cells().get(1).display()).isEqualTo("郑爽"));
            assertThat(failedRows.last(0)).contains("校验位错误");
            browser.screenshot("step2-imported");

            browser.all("anonymous").get(1).click();
            browser.typeNumber("anonymous-count", 2);
            browser.click("anonymous-save");
            browser.waitUntil(d -> browser.all("persons").get(1).getText().equals("4"), Duration.ofSeconds(10));
            browser.typeNumber("employee-count", 6);
            browser.typeNumber("female-count", 7);
            browser.waitForText("count-warning", "不能大于在职职工人数");
            browser.screenshot("step2-warning");
            browser.typeNumber("female-count", 2);
            browser.waitUntil(d -> browser.all("count-warning").isEmpty(), Duration.ofSeconds(10));
            browser.assertTablesFit("参保录入 · 导入名单");
            browser.screenshot("step2-counts");
            browser.click("step2-next");

            browser.find("plan-summary");
            browser.uploadFile("attachment-file", pdf);
            browser.waitForText("attachments", "盖章名单.pdf");
            browser.type("note", "首次参保");
            browser.waitUntil(d -> browser.all("submission-problems").isEmpty(), Duration.ofSeconds(10));
            // 住院医疗 2 × 95 − 2 × 35 = 120; 意外伤害 20 + 25 (高危) + 2 × 20 (无名单) = 85
            assertThat(browser.find("total-payable").getText()).isEqualTo("205.00");
            browser.assertTablesFit("参保录入 · 提交");
            browser.screenshot("step3");
            browser.click("submit");
            browser.waitForText("state", "待初审");
            browser.screenshot("submitted");
            browser.click("view");
            browser.waitForText("next-step", "等待办事处初审");
            assertThat(browser.all("submit")).isEmpty();
            assertThat(browser.all("add-plan")).isEmpty();
            browser.screenshot("viewed");
            browser.assertNoConsoleErrors();
        }
    }
}
