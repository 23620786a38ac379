package cn.huzhu.adapter.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.huzhu.domain.identity.Gender;
import cn.huzhu.domain.identity.IdDocumentType;
import cn.huzhu.domain.roster.Occupation;
import cn.huzhu.domain.roster.RosterColumn;

/**
 * 参保人信息模板-通用 with Apache POI: the header row, drop-down lists for 证件类型 / 性别 / 职业类别, the number and
 * date columns formatted as text so Excel keeps an ID number's X and every digit, and a 填写说明 sheet.
 */
public final class RosterTemplateWorkbook {
    public static final String FILE_NAME = "参保人信息模板-通用.xlsx";
    public static final String DATA_SHEET = "参保人员";
    public static final String NOTES_SHEET = "填写说明";
    private static final List<RosterColumn> TEXT_COLUMNS = List.of(RosterColumn.ID_NUMBER, RosterColumn.PHONE,
            RosterColumn.BIRTH_DATE, RosterColumn.NAME, RosterColumn.NOTE);

    public byte[] create() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            dataSheet(workbook);
            notesSheet(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void dataSheet(XSSFWorkbook workbook) {
        Sheet sheet = workbook.createSheet(DATA_SHEET);
        CellStyle text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        CellStyle header = headerStyle(workbook);
        Row row = sheet.createRow(0);
        RosterColumn[] columns = RosterColumn.values();
        for (int i = 0; i < columns.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(columns[i].templateHeader());
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, (columns[i] == RosterColumn.ID_NUMBER ? 24 : columns[i] == RosterColumn.ID_TYPE ? 30 : 14) * 256);
            if (TEXT_COLUMNS.contains(columns[i])) {
                sheet.setDefaultColumnStyle(i, text);
            }
        }
        sheet.createFreezePane(0, 1);
        dropDown(sheet, RosterColumn.ID_TYPE, Arrays.stream(IdDocumentType.values()).map(IdDocumentType::label).toArray(String[]::new));
        dropDown(sheet, RosterColumn.GENDER, Arrays.stream(Gender.values()).map(Gender::label).toArray(String[]::new));
        dropDown(sheet, RosterColumn.OCCUPATION, Arrays.stream(Occupation.values()).map(Occupation::label).toArray(String[]::new));
    }

    private static void dropDown(Sheet sheet, RosterColumn column, String[] choices) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = helper.createExplicitListConstraint(choices);
        int lastRow = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(1, lastRow, column.ordinal(), column.ordinal()));
        validation.setSuppressDropDownArrow(true);
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(column.header(), "请从下拉列表中选择：" + String.join("、", choices));
        sheet.addValidationData(validation);
    }

    private static void notesSheet(XSSFWorkbook workbook) {
        Sheet sheet = workbook.createSheet(NOTES_SHEET);
        CellStyle header = headerStyle(workbook);
        Row titles = sheet.createRow(0);
        List<String> columns = List.of("列名", "是否必填", "填写要求");
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = titles.createCell(i);
            cell.setCellValue(columns.get(i));
            cell.setCellStyle(header);
        }
        int rowIndex = 1;
        for (RosterColumn column : RosterColumn.values()) {
            Row row = sheet.createRow(rowIndex++);
            row.createCell(0).setCellValue(column.header());
            row.createCell(1).setCellValue(column.templateHeader().endsWith("*") ? "是" : "否");
            row.createCell(2).setCellValue(column.guidance());
        }
        rowIndex++;
        for (String note : List.of(
                "1. 请在“" + DATA_SHEET + "”工作表中从第2行起每行填写一人，不要修改第1行表头。",
                "2. 证件号码、手机号、出生日期三列已设为文本格式；如从其他表格粘贴，请使用“选择性粘贴-数值”，避免号码变成科学计数法（如1.10105E+17）。",
                "3. 同一文件中同一证件号码只能出现一次；已在本参保单中的人员再次导入时会更新其信息，不会重复计人数。",
                "4. 年龄按计划生效日期计算，须在所选保障活动的年龄范围内；女工特病等活动仅限女性参保。",
                "5. 导入后如有失败人员，可在导入批次列表中下载“导入失败人员”，按“失败原因”修改后重新上传。")) {
            sheet.createRow(rowIndex++).createCell(0).setCellValue(note);
        }
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, 10 * 256);
        sheet.setColumnWidth(2, 80 * 256);
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }
}
