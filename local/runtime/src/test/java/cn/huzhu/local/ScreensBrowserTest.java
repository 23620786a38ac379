package cn.huzhu.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Every list the guide's menus open shows all its columns in a 1366 × 768 window, with rows in it: a column pushed past
 * the edge is one the user never learns exists. The screens with a flow of their own are checked in their flow's test.
 */
@Tag("browser")
class ScreensBrowserTest {

    /** A list reached through a top menu and its sub-menu item, on a page tab when it has tabs. */
    private record Screen(String topMenu, String item, String table, String tab) {
        Screen(String topMenu, String item, String table) {
            this(topMenu, item, table, null);
        }
    }

    private static final List<Screen> UNIT = List.of(new Screen("enroll", "menu-enrollments", "enrollment-table"),
            new Screen("enroll", "menu-confirmations", "confirmation-table"),
            new Screen("enroll", "menu-invoices", "invoicing-table"), new Screen("enroll", "menu-notices", "notice-table"));
    private static final List<Screen> REVIEWER = List.of(new Screen("review", "menu-queue", "queue-table"),
            new Screen("review", "menu-payments", "payment-table", "已确认"), new Screen("maintain", "menu-catalog", "catalog-table"),
            new Screen("maintain", "menu-units", "units-table"));

    private static void walk(Browser browser, List<Screen> screens) {
        for (Screen screen : screens) {
            browser.menu(screen.topMenu(), screen.item());
            if (screen.tab() != null) {
                browser.find(screen.table());
                browser.click(browser.driver().findElement(
                        By.xpath("//div[contains(@class,'el-tabs__item') and normalize-space(.)='" + screen.tab() + "']")));
            }
            browser.waitUntil(d -> !browser.find(screen.table()).findElements(By.cssSelector("tbody tr")).isEmpty(),
                    Duration.ofSeconds(10));
            assertThat(browser.assertTablesFit(screen.item())).isPositive();
            browser.screenshot(screen.item());
        }
    }

    @Test
    void renewingTheDayAfterConfirmationAsksFirstAndMakesTheDraftOnlyWhenTheUnitSaysSo() {
        LocalRuntime system = RunningSystem.get();
        ApiClient api = RunningSystem.client().login("unit2", Businesses.PASSWORD);
        String id = Businesses.confirmed(api, "续保", LocalDate.of(1990, 3, 3));
        String applicationNo = api.get("/api/enrollments/" + id).body().path("applicationNo").asText();
        int before = api.get("/api/enrollments?limit=1").body().path("total").asInt();
        try (Browser unit = Browser.open("renew-early")) {
            unit.login(system.url(), "unit2", Businesses.PASSWORD, RunningSystem.TOKEN_KEYS);
            unit.menu("enroll", "menu-enrollments");
            unit.waitForText("enrollment-table", applicationNo);
            By row = By.xpath(".//tr[.//td[normalize-space(.)='" + applicationNo + "']]");
            unit.click(unit.find("enrollment-table").findElement(row).findElement(Browser.byTest("renew")));
            unit.clickButton("确定");
            unit.waitForText("距今还有", Duration.ofSeconds(10));
            unit.screenshot("asked");
            unit.clickButton("暂不续保");
            assertThat(api.get("/api/enrollments?limit=1").body().path("total").asInt()).as("no draft made").isEqualTo(before);

            unit.click(unit.find("enrollment-table").findElement(row).findElement(Browser.byTest("renew")));
            unit.clickButton("确定");
            unit.clickButton("仍然续保");
            unit.waitUntil(d -> d.getCurrentUrl().contains("/step/2"), Duration.ofSeconds(10));
            unit.screenshot("renewed");
            unit.assertNoConsoleErrors();
        }
    }

    @Test
    void everyListOfTheMenusShowsAllItsColumnsAt1366() {
        LocalRuntime system = RunningSystem.get();
        ApiClient api = RunningSystem.client().login("unit2", Businesses.PASSWORD);
        Businesses.confirmed(api, "屏幕", LocalDate.of(1991, 4, 4));
        Businesses.submitted(api, "待审", LocalDate.of(1992, 5, 5));
        try (Browser unit = Browser.open("screens-unit"); Browser reviewer = Browser.open("screens-reviewer")) {
            unit.login(system.url(), "unit2", Businesses.PASSWORD, RunningSystem.TOKEN_KEYS);
            walk(unit, UNIT);
            reviewer.login(system.url(), "reviewer1", Businesses.PASSWORD, RunningSystem.TOKEN_KEYS);
            walk(reviewer, REVIEWER);
            unit.assertNoConsoleErrors();
            reviewer.assertNoConsoleErrors();
        }
    }
}
