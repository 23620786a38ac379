package cn.huzhu.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;


import cn.huzhu.adapter.pdf.PdfReading;
import cn.huzhu.testing.SesStore;

/**
 * The money flow in Chromium: the unit enters the guide's two invoices for 女工特病 (80 工会经费 + 320 会员自付) with the
 * live 票据预览 and submits; finance confirms the payment; the receipt's QR code opens the public 查验 page.
 */
@Tag("browser")
class InvoiceBrowserTest {
    private static final String PASSWORD = "huzhu2025";

    /** 8 women in 女工特病 with 2 shares (400 to pay), approved; the unit is unit2. */
    private static String approvedGuideExample() {
        ApiClient unit = RunningSystem.client().login("unit2", PASSWORD);
        String id = Businesses.approved(unit, "女职工", LocalDate.of(1990, 7, 1));
        return unit.get("/api/enrollments/" + id).body().path("applicationNo").asText();
    }

    private static WebElement row(Browser browser, String table, String applicationNo) {
        browser.waitForText(table, applicationNo);
        return browser.find(table).findElement(By.xpath(".//tr[.//td[normalize-space(.)='" + applicationNo + "']]"));
    }

    private static String priceError(Browser unit) {
        return unit.find("line-NT01").findElements(Browser.byTest("line-errors")).stream()
                .map(WebElement::getText).reduce("", String::concat);
    }

    private static void enterInvoice(Browser unit, String source, String payer, String email, String price, String words) {
        unit.click("add-invoice");
        unit.find("invoice-dialog");
        unit.click("pick-NT01");
        unit.type("line-price", price + "元");
        unit.click("save-invoice");
        unit.waitUntil(d -> priceError(unit).contains("人均单价应为"), Duration.ofSeconds(10));
        unit.screenshot("price-refused-" + price);
        unit.type("line-price", price);
        unit.waitUntil(d -> priceError(unit).isEmpty(), Duration.ofSeconds(10));
        unit.type("line-note", "2份");
        unit.click(unit.find("source").findElement(By.xpath(".//label[.//span[normalize-space(.)='" + source + "']]")));
        unit.type("title", payer);
        unit.type("tax-id", "91350100M000100Y43");
        unit.type("payer-email", email);
        unit.waitForText("preview-words", words);
        unit.waitForText("preview-payer", payer);
        unit.screenshot("preview-" + price);
        unit.click("save-invoice");
        unit.waitUntil(d -> unit.all("invoice-dialog").isEmpty(), Duration.ofSeconds(10));
    }

    @Test
    void theGuidesTwoInvoicesAreEnteredSubmittedConfirmedAndTheReceiptVerifies() {
        LocalRuntime system = RunningSystem.get();
        String applicationNo = approvedGuideExample();
        String union = "gh-" + applicationNo + "@example.cn";
        String members = "hy-" + applicationNo + "@example.cn";
        try (Browser unit = Browser.open("invoice-unit"); Browser finance = Browser.open("invoice-finance");
                Browser anyone = Browser.open("invoice-verify")) {
            unit.login(system.url(), "unit2", PASSWORD, RunningSystem.TOKEN_KEYS);
            unit.menu("enroll", "menu-invoices");
            WebElement listed = row(unit, "invoicing-table", applicationNo);
            assertThat(listed.getText()).contains("400.00");
            unit.click(listed.findElement(Browser.byTest("process")));
            unit.waitForText("plan-remaining", "400.00");

            enterInvoice(unit, "工会经费", "青岛区测试单位2工会", union, "10", "捌拾元整");
            unit.waitForText("plan-remaining", "320.00");
            enterInvoice(unit, "会员自付", "青岛区测试单位2全体会员", members, "40", "叁佰贰拾元整");
            unit.waitUntil(d -> unit.all("invoice-total").size() == 2, Duration.ofSeconds(10));
            assertThat(unit.all("invoice-total")).extracting(WebElement::getText).containsExactly("80.00", "320.00");
            unit.waitUntil(d -> unit.find("summary-remaining").getText().equals("0.00"), Duration.ofSeconds(10));
            unit.assertTablesFit("线上开票录入");
            unit.screenshot("invoices");
            unit.click("submit-invoices");
            unit.clickButton("确定");
            unit.waitForText("desk-state", "待缴费");
            unit.screenshot("submitted");

            finance.login(system.url(), "finance1", PASSWORD, RunningSystem.TOKEN_KEYS);
            finance.menu("review", "menu-payments");
            finance.waitForText("window-rule", "25日");
            WebElement waiting = row(finance, "payment-table", applicationNo);
            finance.click(waiting.findElement(Browser.byTest("confirm-open")));
            finance.type("confirm-amount", "399");
            finance.type("confirm-reference", "BOC-" + applicationNo);
            finance.click("confirm-payment");
            finance.waitForText("confirm-dialog", "少1.00元");
            finance.screenshot("wrong-amount");
            finance.type("confirm-amount", "400");
            finance.click("confirm-payment");
            finance.waitUntil(d -> finance.all("confirm-dialog").isEmpty(), Duration.ofSeconds(10));

            finance.find("payment-table");
            finance.driver().findElement(By.xpath("//div[contains(@class,'el-tabs__item') and normalize-space(.)='已确认']")).click();
            WebElement confirmed = row(finance, "payment-table", applicationNo);
            finance.click(confirmed.findElement(Browser.byTest("payment-view")));
            finance.waitUntil(d -> {
                if (!finance.find("fulfilment-status").getText().equals("已完成")) {
                    finance.clickButton("刷新");
                    return false;
                }
                return true;
            }, Duration.ofSeconds(60));
            finance.waitForText("confirmation-no", "G1503");
            finance.waitUntil(d -> finance.all("receipt-delivery").stream().filter(e -> e.getText().equals("已发送")).count() == 2,
                    Duration.ofSeconds(10));
            finance.assertTablesFit("确认收款 · 查看");
            finance.screenshot("confirmed");

            SesStore.Mail mail = SesStore.mails(system.emulators().sesEndpoint()).stream()
                    .filter(m -> m.to().contains(union)).findFirst().orElseThrow();
            String link = PdfReading.qrCode(mail.attachments().get(0).content());
            anyone.go(link);
            anyone.waitForText("verify-result", "真实票据");
            anyone.waitForText("verify-payer", "青岛区测试单位2工会");
            assertThat(anyone.find("verify-details").getText()).contains("80.00", "捌拾元整");
            anyone.screenshot("verified");

            unit.menu("enroll", "menu-invoices");
            WebElement after = row(unit, "invoicing-table", applicationNo);
            assertThat(after.getText()).contains("已确认");
            unit.assertTablesFit("开票处理");
            unit.assertNoConsoleErrors();
            finance.assertNoConsoleErrors();
            anyone.assertNoConsoleErrors();
        }
    }
}
