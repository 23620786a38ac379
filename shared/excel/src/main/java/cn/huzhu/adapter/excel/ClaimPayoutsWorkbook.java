package cn.huzhu.adapter.excel;

import java.util.List;

import cn.huzhu.domain.claim.Claim;
import cn.huzhu.domain.money.Money;

/**
 * 保障金支付清单 for the bank: one transfer per claim, to 户名 at 开户行 and the whole account number (the bank needs
 * it; only finance can ask for this file), the amount in 元 with two decimals, and a total row.
 */
public final class ClaimPayoutsWorkbook {
    public static final String FILE_NAME = "保障金支付清单.xlsx";
    static final List<String> TITLES = List.of("序号", "申领编号", "单位", "会员", "户名", "开户行", "账号", "金额（元）", "支付日期",
            "银行流水号");
    private static final double[] WIDTHS = {6, 18, 30, 10, 10, 24, 26, 14, 12, 20};

    public byte[] write(List<Claim> claims) {
        return ListSheets.write("保障金支付清单", TITLES, WIDTHS, sheet -> {
            int row = 1;
            Money total = Money.ZERO;
            for (Claim c : claims) {
                Claim.Handling h = c.handling();
                sheet.value(row, 0, row);
                sheet.value(row, 1, c.claimNo());
                sheet.value(row, 2, c.member().unitName());
                sheet.value(row, 3, c.member().name());
                sheet.value(row, 4, c.account().holder());
                sheet.value(row, 5, c.account().bank());
                sheet.value(row, 6, c.account().number());
                sheet.value(row, 7, h.amount().toYuan());
                sheet.style(row, 7).format("0.00").set();
                sheet.value(row, 8, h.paidOn() == null ? "" : h.paidOn().toString());
                sheet.value(row, 9, h.bankReference() == null ? "" : h.bankReference());
                total = total.plus(h.amount());
                row++;
            }
            sheet.value(row, 6, "合计");
            sheet.value(row, 7, total.toYuan());
            sheet.style(row, 7).format("0.00").bold().set();
        });
    }
}
