package cn.huzhu.adapter.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.huzhu.domain.document.ConfirmationContent;
import cn.huzhu.domain.money.Money;

class MemberListWorkbookTest {

    @Test
    void listsEveryMemberMaskedWithTheirCover() throws Exception {
        List<ConfirmationContent.MemberLine> members = IntStream.rangeClosed(1, 3).mapToObj(i ->
                new ConfirmationContent.MemberLine(i, "女工特病", "女工" + i, "居民身份证", "370203********000" + i, "女", "一般职业",
                        LocalDate.of(2026, 12, 3), LocalDate.of(2028, 12, 2), i == 2 ? null : LocalDate.of(2027, 3, 2))).toList();
        ConfirmationContent content = new ConfirmationContent(ConfirmationContent.TITLE, "G15032026120007", "PRT1", "某单位",
                "青岛", LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 3), List.of(), 3, 0, 3, Money.ofYuan(150), "壹佰伍拾元整",
                members, "收款单位", "abcdef", "http://x/");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new MemberListWorkbook().write(content)))) {
            XSSFSheet sheet = book.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            assertThat(f.formatCellValue(sheet.getRow(0).getCell(0))).contains("G15032026120007", "共3人，3人次");
            assertThat(IntStream.range(0, 10).mapToObj(i -> f.formatCellValue(sheet.getRow(1).getCell(i))).toList())
                    .isEqualTo(MemberListWorkbook.TITLES);
            assertThat(IntStream.range(0, 10).mapToObj(i -> f.formatCellValue(sheet.getRow(4).getCell(i))).toList())
                    .containsExactly("3", "女工特病", "女工3", "居民身份证", "370203********0003", "女", "一般职业", "2026-12-03",
                            "2028-12-02", "2027-03-02");
            assertThat(f.formatCellValue(sheet.getRow(3).getCell(9))).isEqualTo("无");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
        }
    }
}
