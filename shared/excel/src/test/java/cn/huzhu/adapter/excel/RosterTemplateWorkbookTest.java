package cn.huzhu.adapter.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.huzhu.testing.RosterFiles;

class RosterTemplateWorkbookTest {

    @Test
    void hasTheHeaderDropDownsTextColumnsAndNotes() throws Exception {
        byte[] template = new RosterTemplateWorkbook().create();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            XSSFSheet sheet = workbook.getSheet(RosterTemplateWorkbook.DATA_SHEET);
            DataFormatter formatter = new DataFormatter();
            List<String> header = IntStream.range(0, RosterFiles.TEMPLATE_HEADER.size()).mapToObj(i -> formatter.formatCellValue(sheet.getRow(0).getCell(i))).toList();
            assertThat(header).containsExactlyElementsOf(RosterFiles.TEMPLATE_HEADER);

            List<? extends DataValidation> validations = sheet.getDataValidations();
            assertThat(validations).hasSize(3);
            assertThat(validations).anySatisfy(v -> {
                assertThat(v.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(2);
                assertThat(v.getValidationConstraint().getExplicitListValues())
                        .containsExactly("居民身份证", "港澳居民来往内地通行证", "台湾居民来往大陆通行证", "外国人永久居留身份证", "护照");
            });
            assertThat(validations).anySatisfy(v -> assertThat(v.getValidationConstraint().getExplicitListValues())
                    .containsExactly("男", "女"));
            assertThat(validations).anySatisfy(v -> assertThat(v.getValidationConstraint().getExplicitListValues())
                    .containsExactly("一般职业", "高危职业"));

            for (int textColumn : List.of(3, 5, 6)) {
                assertThat(sheet.getColumnStyle(textColumn).getDataFormatString()).as("column %d", textColumn).isEqualTo("@");
            }
            XSSFSheet notes = workbook.getSheet(RosterTemplateWorkbook.NOTES_SHEET);
            assertThat(formatter.formatCellValue(notes.getRow(4).getCell(0))).isEqualTo("证件号码");
            assertThat(formatter.formatCellValue(notes.getRow(4).getCell(2))).contains("18位");
        }
    }
}
