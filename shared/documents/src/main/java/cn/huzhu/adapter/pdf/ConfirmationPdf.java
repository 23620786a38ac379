package cn.huzhu.adapter.pdf;

import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

import cn.huzhu.adapter.pdf.PdfCanvas.Align;
import cn.huzhu.domain.document.ConfirmationContent;

/**
 * 确认书 on A4 pages: the first with the 确认书号, the QR code and 查验码, the unit, the plans with their cover and the
 * money; then the member list, its header repeated on every page, with 第 N 页 共 M 页 and the page's subtotal of
 * persons at the foot of each.
 */
public final class ConfirmationPdf {
    private static final float LEFT = 8;
    private static final float WIDTH = 194;
    private static final float ROW = 6;
    private static final float LIST_BOTTOM = 278;
    private static final float NEXT_PAGE_TOP = 16;
    private static final float[] PLAN_COLUMNS = {38, 48, 11, 12, 14, 22, 49};
    private static final Align[] PLAN_ALIGNS = {Align.LEFT, Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT,
            Align.LEFT};
    private static final float[] MEMBER_COLUMNS = {10, 32, 18, 20, 36, 8, 14, 38, 18};
    private static final Align[] MEMBER_ALIGNS = {Align.RIGHT, Align.LEFT, Align.LEFT, Align.LEFT, Align.LEFT, Align.CENTER,
            Align.LEFT, Align.LEFT, Align.LEFT};
    private static final String[] MEMBER_HEADERS = {"序号", "保障活动细类", "姓名", "证件类型", "证件号码", "性别", "职业类别",
            "保障期间", "观察期至"};

    public byte[] render(ConfirmationContent k) {
        try (PdfCanvas c = new PdfCanvas(PDRectangle.A4, k.title() + " " + k.number())) {
            c.newPage();
            float listTop = firstPage(c, k);
            List<ConfirmationContent.MemberLine> members = k.members();
            int firstRows = (int) ((LIST_BOTTOM - listTop) / ROW) - 1;
            int perPage = (int) ((LIST_BOTTOM - NEXT_PAGE_TOP) / ROW) - 1;
            int pages = members.size() <= firstRows ? 1 : 1 + ceil(members.size() - firstRows, perPage);
            int from = 0;
            for (int page = 1; page <= pages; page++) {
                if (page > 1) {
                    c.newPage();
                }
                int rows = Math.min(page == 1 ? firstRows : perPage, members.size() - from);
                memberRows(c, members.subList(from, from + rows), page == 1 ? listTop : NEXT_PAGE_TOP);
                from += rows;
                foot(c, page, pages, rows);
            }
            return c.toBytes();
        }
    }

    /** The first page's head; returns where the member list starts. */
    private static float firstPage(PdfCanvas c, ConfirmationContent k) {
        QrCode.draw(c, k.verificationUrl(), 174, 6, 28);
        c.text("查验码：" + k.checkCode(), 188, 37, 8, Align.CENTER);
        c.text(k.title(), 100, 22, 18, Align.CENTER);
        c.text("确认书号：" + k.number(), LEFT, 34, 10);
        c.text("申请书号：" + k.applicationNo(), 80, 34, 10);
        if (k.originNumber() != null) {
            c.text("原确认书号：" + k.originNumber(), 120, 34, 10);
        }
        c.fitted("单位名称：" + k.unitName(), LEFT, 42, 150, 11, Align.LEFT);
        c.text("所属机构：" + k.orgName(), LEFT, 50, 10);
        c.text("确认日期：" + k.confirmedOn(), 80, 50, 10);
        c.text("生效日期：" + k.effectiveOn(), 130, 50, 10);
        PdfTable plans = new PdfTable(c, LEFT, PLAN_COLUMNS, PLAN_ALIGNS);
        float y = plans.header(55, 7, 9, "保障活动", "保障活动细类", "份数", "人数", "其中无名单", "应交会费（元）", "保障期间");
        for (ConfirmationContent.Plan plan : k.plans()) {
            y = plans.row(y, 9, 8.5f, plan.activity(), plan.plan(), Integer.toString(plan.shares()),
                    Integer.toString(plan.persons()), Integer.toString(plan.anonymous()), plan.payable().format(),
                    period(plan.startsOn(), plan.endsOn()));
        }
        plans.end();
        c.box(LEFT, y, WIDTH, 8);
        c.text("合计：" + k.persons() + " 人次" + (k.anonymous() > 0 ? "（含无名单 " + k.anonymous() + " 人次）" : "")
                + "　单位应付金额（大写）" + k.totalInWords(), LEFT + 2, y + 5.5f, 9.5f);
        c.text("（小写）" + k.total().format() + " 元", LEFT + WIDTH - 2, y + 5.5f, 9.5f, Align.RIGHT);
        y = c.paragraph("以上单位已缴纳会费，经确认收款，下列人员参加职工互助保障活动，保障期间自生效日期0时起，至各保障活动期满之日"
                + "24时止（原保障未到期的人员，自原保障期满次日0时起）。", LEFT, y + 14, WIDTH, 9.5f, 5);
        c.text("确认单位（章）：" + k.payee(), LEFT + WIDTH, y + 4, 10, Align.RIGHT);
        c.text("参保人员名单（共 " + k.people() + " 人，" + k.members().size() + " 人次）", LEFT, y + 13, 11);
        return y + 16;
    }

    private static void memberRows(PdfCanvas c, List<ConfirmationContent.MemberLine> rows, float top) {
        PdfTable table = new PdfTable(c, LEFT, MEMBER_COLUMNS, MEMBER_ALIGNS);
        float y = table.header(top, ROW, 8.5f, MEMBER_HEADERS);
        for (ConfirmationContent.MemberLine m : rows) {
            y = table.row(y, ROW, 8, 6, Integer.toString(m.number()), m.plan(), m.name(), m.idType(), m.idNumber(), m.gender(),
                    m.occupation(), m.startsOn() + "至" + m.endsOn(), m.waitingUntil() == null ? "无" : m.waitingUntil().toString());
        }
        table.end();
    }

    private static void foot(PdfCanvas c, int page, int pages, int persons) {
        c.text("本页小计：" + persons + " 人次", LEFT, 285, 9);
        c.text("第 " + page + " 页　共 " + pages + " 页", 105, 291, 9, Align.CENTER);
    }

    /** 2026年12月3日0时起至2028年12月2日24时止, to be broken before 至 when it must. */
    static String period(LocalDate start, LocalDate end) {
        return chinese(start) + "0时起\n至" + chinese(end) + "24时止";
    }

    private static String chinese(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    private static int ceil(int value, int by) {
        return (value + by - 1) / by;
    }
}
