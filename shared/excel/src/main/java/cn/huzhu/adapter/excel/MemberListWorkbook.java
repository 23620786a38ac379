package cn.huzhu.adapter.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import cn.huzhu.domain.document.ConfirmationContent;

/**
 * 确认书人员清单 (.xlsx): the same member list the 确认书 prints, ID numbers masked and no birth dates, each member's
 * cover as dates and its 观察期 (无 where none applies); a first line names the 确认书.
 */
public final class MemberListWorkbook {
    static final List<String> TITLES = List.of("序号", "保障活动细类", "姓名", "证件类型", "证件号码", "性别", "职业类别",
            "保障起期", "保障止期", "观察期至");
    private static final double[] WIDTHS = {8, 34, 12, 22, 22, 6, 10, 12, 12, 12};

    public byte[] write(ConfirmationContent k) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook workbook = new Workbook(out, "huzhu", "1.0");
            Worksheet sheet = workbook.newWorksheet("参保人员名单");
            sheet.value(0, 0, "确认书号：" + k.number() + "　单位名称：" + k.unitName() + "　确认日期：" + k.confirmedOn()
                    + "　生效日期：" + k.effectiveOn() + "　共" + k.people() + "人，" + k.members().size() + "人次");
            for (int column = 0; column < TITLES.size(); column++) {
                sheet.value(1, column, TITLES.get(column));
                sheet.width(column, WIDTHS[column]);
            }
            sheet.range(1, 0, 1, TITLES.size() - 1).style().bold().fillColor("DDEBF7").set();
            sheet.freezePane(0, 2);
            int row = 2;
            for (ConfirmationContent.MemberLine m : k.members()) {
                sheet.value(row, 0, m.number());
                sheet.value(row, 1, m.plan());
                sheet.value(row, 2, m.name());
                sheet.value(row, 3, m.idType());
                sheet.value(row, 4, m.idNumber());
                sheet.value(row, 5, m.gender());
                sheet.value(row, 6, m.occupation());
                sheet.value(row, 7, m.startsOn().toString());
                sheet.value(row, 8, m.endsOn().toString());
                sheet.value(row, 9, m.waitingUntil() == null ? "无" : m.waitingUntil().toString());
                row++;
            }
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
