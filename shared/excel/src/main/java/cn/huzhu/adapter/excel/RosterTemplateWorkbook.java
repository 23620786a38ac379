package cn.huzhu.adapter.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import cn.huzhu.domain.roster.RosterColumn;

/**
 * 参保人信息模板-通用, written with fastexcel: the header row, drop-down lists for 证件类型 / 性别 / 职业类别, the number
 * and date columns formatted as text so Excel keeps an ID number's X and every digit, and a 填写说明 sheet.
 */
public final class RosterTemplateWorkbook {
    public static final String FILE_NAME = "参保人信息模板-通用.xlsx";
    public static final String DATA_SHEET = "参保人员";
    public static final String NOTES_SHEET = "填写说明";
    private static final String HEADER_FILL = "DDEBF7";

    public byte[] create() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook workbook = new Workbook(out, "huzhu", "1.0");
            dataSheet(workbook.newWorksheet(DATA_SHEET));
            notesSheet(workbook.newWorksheet(NOTES_SHEET));
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void dataSheet(Worksheet sheet) {
        List<String> titles = Arrays.stream(RosterColumn.values()).map(RosterColumn::templateHeader).toList();
        for (int column = 0; column < titles.size(); column++) {
            sheet.value(0, column, titles.get(column));
            sheet.width(column, RosterSheetLayout.width(RosterColumn.values()[column]));
        }
        sheet.range(0, 0, 0, titles.size() - 1).style().bold().fillColor(HEADER_FILL).borderStyle("thin").set();
        sheet.freezePane(0, 1);
        RosterSheetLayout.apply(sheet, titles);
    }

    private static void notesSheet(Worksheet sheet) {
        List<String> titles = List.of("列名", "是否必填", "填写要求");
        for (int column = 0; column < titles.size(); column++) {
            sheet.value(0, column, titles.get(column));
        }
        sheet.range(0, 0, 0, titles.size() - 1).style().bold().fillColor(HEADER_FILL).set();
        int row = 1;
        for (RosterColumn column : RosterColumn.values()) {
            sheet.value(row, 0, column.header());
            sheet.value(row, 1, column.templateHeader().endsWith("*") ? "是" : "否");
            sheet.value(row, 2, column.guidance());
            row++;
        }
        row++;
        for (String note : List.of(
                "1. 请在“" + DATA_SHEET + "”工作表中从第2行起每行填写一人，不要修改第1行表头。",
                "2. 证件号码、手机号、出生日期三列已设为文本格式；如从其他表格粘贴，请使用“选择性粘贴-数值”，避免号码变成科学计数法（如1.10105E+17）。",
                "3. 同一文件中同一证件号码只能出现一次；已在本参保单中的人员再次导入时会更新其信息，不会重复计人数。",
                "4. 年龄按计划生效日期计算，须在所选保障活动的年龄范围内；女工特病等活动仅限女性参保。",
                "5. 导入后如有失败人员，可在导入批次列表中下载“导入失败人员”，按“失败原因”修改后重新上传。")) {
            sheet.value(row++, 0, note);
        }
        sheet.width(0, 14);
        sheet.width(1, 10);
        sheet.width(2, 80);
    }
}
