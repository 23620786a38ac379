package cn.huzhu.adapter.pdf;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

import cn.huzhu.adapter.pdf.PdfCanvas.Align;
import cn.huzhu.app.port.ReceiptRenderer;
import cn.huzhu.domain.invoice.ReceiptContent;

/**
 * The electronic receipt (全国性社会团体会费统一票据（电子）) on one page of 240 × 140 mm: QR code and numbers at the
 * top, 交款人, the lines (项目编码, 项目名称, 单位, 数量, 标准, 金额, 备注), 金额合计 in 大写 and figures, 其他信息, and
 * 收款单位, 复核人, 开票人. Every field printed comes from {@link ReceiptContent}, the same content the preview shows.
 */
public final class ReceiptPdf implements ReceiptRenderer {
    private static final PDRectangle PAGE = new PDRectangle(240 * PdfCanvas.MM, 140 * PdfCanvas.MM);
    private static final float LEFT = 12;
    private static final float WIDTH = 216;
    private static final float[] COLUMNS = {24, 72, 14, 18, 26, 28, 34};
    private static final Align[] ALIGNS = {Align.CENTER, Align.LEFT, Align.CENTER, Align.RIGHT, Align.RIGHT, Align.RIGHT,
            Align.LEFT};
    private static final String[] HEADERS = {"项目编码", "项目名称", "单位", "数量", "标准（元）", "金额（元）", "备注"};
    private static final float TABLE_TOP = 44;
    private static final float TABLE_BODY_MAX = 48;

    @Override
    public synchronized byte[] render(ReceiptContent r, String verificationUrl) {
        try (PdfCanvas canvas = new PdfCanvas(PAGE, r.title() + " " + r.code() + " " + r.number())) {
            canvas.newPage();
            header(canvas, r, verificationUrl);
            float y = table(canvas, r);
            footer(canvas, r, y, verificationUrl);
            return canvas.toBytes();
        }
    }

    private static void header(PdfCanvas c, ReceiptContent r, String url) {
        QrCode.draw(c, url, LEFT - 4, 4, 32);
        c.text(r.title(), 120, 18, 16, Align.CENTER);
        c.line(72, 21, 168, 21);
        if (r.related() != null) {
            c.text((r.red() ? "红字票据　" : "换开票据　") + "相关票据：" + r.related(), 120, 27, 9, Align.CENTER);
        }
        float x = 172;
        c.text("票据代码：" + r.code(), x, 12, 9);
        c.text("票据号码：" + r.number(), x, 17, 9);
        c.text("校验码：" + r.checkCode(), x, 22, 9);
        c.text("开票日期：" + r.issuedOn(), x, 27, 9);
        c.text("交款人：" + r.payer(), LEFT, 39, 10);
        c.text("交款人统一社会信用代码：" + r.payerTaxId(), 128, 39, 10);
    }

    /** The lines table; returns where it ends. */
    private static float table(PdfCanvas c, ReceiptContent r) {
        float headerHeight = 8;
        float rowHeight = Math.min(8, TABLE_BODY_MAX / Math.max(1, r.lines().size()));
        PdfTable table = new PdfTable(c, LEFT, COLUMNS, ALIGNS);
        float y = table.header(TABLE_TOP, headerHeight, 9, HEADERS);
        for (ReceiptContent.Line line : r.lines()) {
            y = table.row(y, rowHeight, 9, line.itemCode(), line.itemName(), line.unit(), Integer.toString(line.quantity()),
                    line.standard().format(), line.amount().format(), line.note());
        }
        table.end();
        float totalHeight = 9;
        c.box(LEFT, y, WIDTH, totalHeight);
        c.text("金额合计（大写）", LEFT + 2, y + 6, 10);
        c.fitted(r.totalInWords(), LEFT + 34, y + 6, 110, 10, Align.LEFT);
        c.text("（小写）" + r.total().format(), LEFT + WIDTH - 2, y + 6, 10, Align.RIGHT);
        y += totalHeight;
        float otherHeight = 9;
        c.box(LEFT, y, WIDTH, otherHeight);
        c.fitted("其他信息：" + r.otherInfo() + (r.otherInfo().isEmpty() ? "" : "　") + "缴费渠道：" + r.channel()
                + "　批次号：" + r.batchNo(), LEFT + 2, y + 6, WIDTH - 4, 9, Align.LEFT);
        return y + otherHeight;
    }

    private static void footer(PdfCanvas c, ReceiptContent r, float y, String url) {
        float line = Math.max(y + 10, 124);
        c.text("收款单位（章）：" + r.payee(), LEFT, line, 10);
        c.text("复核人：" + r.reviewer(), 150, line, 10);
        c.text("开票人：" + r.drawer(), 192, line, 10);
        c.fitted("查验：扫描左上角二维码，或打开 " + url.substring(0, url.indexOf('?') < 0 ? url.length() : url.indexOf('?'))
                + " 输入票据代码、票据号码和校验码", LEFT, line + 8, WIDTH, 7.5f, Align.LEFT);
    }
}
