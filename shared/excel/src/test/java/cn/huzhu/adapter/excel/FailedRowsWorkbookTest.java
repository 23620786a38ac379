package cn.huzhu.adapter.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.huzhu.app.roster.FailedRowsWriter;
import cn.huzhu.domain.roster.CellValue;
import cn.huzhu.domain.roster.RosterRow;
import cn.huzhu.testing.Workbooks;

class FailedRowsWorkbookTest {

    @Test
    void keepsTheOriginalColumnsTypedAndAddsTheReason(@TempDir Path dir) {
        Path file = dir.resolve("failed.xlsx");
        List<String> titles = List.of("姓名*", "证件号码*", "工号");
        try (FailedRowsWriter.Session session = new FailedRowsWorkbook().open(file, titles)) {
            session.add(List.of(CellValue.text("张三"), new CellValue.Numeric(new java.math.BigDecimal("1.10105E+17"),
                    "1.10105E+17"), CellValue.text("007")), "证件号码：被Excel存成了数字");
            session.add(List.of(CellValue.text("李四"), CellValue.text("11010519491231002X")), "性别：与身份证号码不一致");
        }
        Workbooks.Sheet sheet = Workbooks.read(file);
        List<String> header = sheet.header();
        List<RosterRow> rows = sheet.rows();
        assertThat(header).containsExactly("姓名*", "证件号码*", "工号", "失败原因");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).cells().get(0)).isEqualTo(CellValue.text("张三"));
        assertThat(rows.get(0).cells().get(1)).isInstanceOfSatisfying(CellValue.Numeric.class,
                n -> assertThat(n.value()).isEqualByComparingTo("110105000000000000"));
        assertThat(rows.get(0).cells().subList(2, 4)).containsExactly(CellValue.text("007"),
                CellValue.text("证件号码：被Excel存成了数字"));
        assertThat(rows.get(1).cells().get(1)).isEqualTo(CellValue.text("11010519491231002X"));
        assertThat(rows.get(1).cells().get(3)).isEqualTo(CellValue.text("性别：与身份证号码不一致"));
    }

    @Test
    void carriesTheTemplatesDropDownsTypedDatesAndTextFormattedNumberColumns(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("failed.xlsx");
        List<String> titles = List.of("姓名*", "证件类型*", "证件号码*", "性别", "出生日期", "职业类别");
        try (FailedRowsWriter.Session session = new FailedRowsWorkbook().open(file, titles)) {
            session.add(List.of(CellValue.text("张三"), CellValue.text("护照"), CellValue.text("E1234567"), CellValue.text("男"),
                    new CellValue.DateValue(java.time.LocalDate.of(1980, 5, 6)), CellValue.text("一般职业")), "出生日期：…");
        }
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(file.toFile())) {
            var sheet = workbook.getSheetAt(0);
            var lists = sheet.getDataValidations().stream().collect(java.util.stream.Collectors.toMap(
                    v -> v.getRegions().getCellRangeAddress(0).getFirstColumn(),
                    v -> List.of(v.getValidationConstraint().getExplicitListValues())));
            assertThat(lists).containsOnlyKeys(1, 3, 5);
            assertThat(lists.get(1)).contains("居民身份证", "护照");
            assertThat(lists.get(3)).containsExactly("男", "女");
            assertThat(lists.get(5)).containsExactly("一般职业", "高危职业");
            assertThat(sheet.getColumnStyle(2).getDataFormatString()).isEqualTo("@");
            var birth = sheet.getRow(1).getCell(4);
            assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(birth)).isTrue();
            assertThat(birth.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(java.time.LocalDate.of(1980, 5, 6));
        }
    }
}
