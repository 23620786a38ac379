package cn.huzhu.adapter.pdf;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

import cn.huzhu.adapter.pdf.PdfCanvas.Align;
import cn.huzhu.domain.document.NoticeContent;

/**
 * 缴费通知单 on one A4 page: the business and its plans with the money, 单位应付金额 in 大写 and figures, the payee's
 * account, the 缴款识别码 printed large with what to write in the transfer's remark, the accepted methods and the
 * payment window.
 */
public final class NoticePdf {
    private static final float LEFT = 14;
    private static final float WIDTH = 182;
    private static final float[] COLUMNS = {38, 48, 12, 14, 22, 26, 22};
    private static final Align[] ALIGNS = {Align.LEFT, Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT,
            Align.RIGHT};

    public byte[] render(NoticeContent n) {
        try (PdfCanvas c = new PdfCanvas(PDRectangle.A4, n.title() + " " + n.applicationNo())) {
            c.newPage();
            c.text(n.title(), 105, 24, 18, Align.CENTER);
            c.text("申请书号：" + n.applicationNo() + "　　业务类型：" + n.businessType() + "　　录入日期：" + n.enteredOn(),
                    LEFT, 36, 10);
            c.fitted("缴费单位：" + n.unitName(), LEFT, 45, WIDTH, 12, Align.LEFT);
            float y = plans(c, n, 51);
            y = payee(c, n, y + 8);
            reference(c, n, y + 8);
            c.text("收款单位：" + n.accountName(), LEFT + WIDTH, 282, 10, Align.RIGHT);
            c.text("本通知单可重复打印；金额以通知单为准，如有疑问请致电财务咨询。", LEFT, 288, 8);
            return c.toBytes();
        }
    }

    private static float plans(PdfCanvas c, NoticeContent n, float top) {
        PdfTable table = new PdfTable(c, LEFT, COLUMNS, ALIGNS);
        float y = table.header(top, 8, 9, "保障活动", "保障活动细类", "份数", "人数", "总会费（元）", "补贴/赠险/理赔（元）",
                "应交会费（元）");
        for (NoticeContent.Line line : n.lines()) {
            y = table.row(y, 8, 9, line.activity(), line.plan(), Integer.toString(line.shares()),
                    Integer.toString(line.persons()), line.totalFee().format(), line.deductions().format(),
                    line.payable().format());
        }
        table.end();
        c.box(LEFT, y, WIDTH, 10);
        c.text("单位应付金额（大写）", LEFT + 2, y + 6.5f, 10);
        c.fitted(n.totalInWords(), LEFT + 40, y + 6.5f, 90, 11, Align.LEFT);
        c.text("（小写）" + n.total().format() + " 元", LEFT + WIDTH - 2, y + 6.5f, 11, Align.RIGHT);
        return y + 10;
    }

    private static float payee(PdfCanvas c, NoticeContent n, float top) {
        c.box(LEFT, top, WIDTH, 34);
        c.text("收款信息", LEFT + 3, top + 7, 11);
        c.fitted("收款账户名称：" + n.accountName(), LEFT + 3, top + 14, WIDTH - 6, 11, Align.LEFT);
        c.text("收款账号：" + n.accountNo(), LEFT + 3, top + 21, 11);
        c.fitted("收款银行：" + n.bank() + "　　行号：" + n.bankCode(), LEFT + 3, top + 28, WIDTH - 6, 11, Align.LEFT);
        return top + 34;
    }

    private static void reference(PdfCanvas c, NoticeContent n, float top) {
        c.box(LEFT, top, WIDTH, 30);
        c.text("缴款识别码", LEFT + 3, top + 8, 11);
        c.text(spaced(n.reference()), 105, top + 19, 30, Align.CENTER);
        c.fitted(n.remark(), LEFT + 3, top + 27, WIDTH - 6, 10, Align.LEFT);
        float y = top + 38;
        c.fitted("缴费方式：" + n.methods(), LEFT, y, WIDTH, 10, Align.LEFT);
        c.fitted("缴费时间：" + n.windowRule() + "。", LEFT, y + 7, WIDTH, 10, Align.LEFT);
        if (!n.financePhones().isBlank()) {
            c.text("财务咨询电话：" + n.financePhones(), LEFT, y + 14, 10);
        }
    }

    /** K 7 Q 2 M 4: a code copied by hand reads best with room between its characters. */
    private static String spaced(String code) {
        return String.join(" ", code.split(""));
    }
}
