package cn.huzhu.adapter.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.huzhu.app.roster.RosterFileException;
import cn.huzhu.app.roster.RosterReader;
import cn.huzhu.domain.roster.CellValue;
import cn.huzhu.domain.roster.RosterRow;
import cn.huzhu.testing.RosterFiles;
import cn.huzhu.testing.SpreadsheetZoo;

class ExcelRosterReaderTest {
    private final ExcelRosterReader reader = new ExcelRosterReader();
    @TempDir
    Path dir;

    /** The first non-empty row as the header, then the rows with content (readers pass empty rows on too). */
    private static final class Collected implements RosterReader.Sink {
        List<String> header = List.of();
        final List<RosterRow> all = new ArrayList<>();
        final List<RosterRow> rows = new ArrayList<>();

        @Override
        public void row(RosterRow row) {
            if (row.isEmpty()) {
                return;
            }
            all.add(row);
            if (all.size() == 1) {
                header = row.cells().stream().map(CellValue::display).toList();
            } else {
                rows.add(row);
            }
        }
    }

    private Collected read(byte[] content, String name) {
        Collected sink = new Collected();
        reader.read(write(name, content), sink);
        return sink;
    }

    private Path write(String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static RosterFiles typedRoster() {
        return RosterFiles.withTemplateHeader()
                .row(1, "张三", "居民身份证", "11010519491231002X", "女", LocalDate.of(1949, 12, 31), 13812345678L, "一般职业", "备注")
                .emptyRow()
                .row(3, "李四", null, new BigDecimal("110105194912310000"), null, "1949/12/31", null, null, null);
    }

    @Test
    void readsXlsxCellsWithTheirTypesAndExcelRowNumbers() {
        Collected sink = read(typedRoster().xlsx(), "a.xlsx");
        assertThat(sink.header).containsExactlyElementsOf(RosterFiles.TEMPLATE_HEADER);
        assertThat(sink.rows).extracting(RosterRow::rowNumber).containsExactly(2, 4);
        List<CellValue> first = sink.rows.get(0).cells();
        assertThat(first.get(1)).isEqualTo(CellValue.text("张三"));
        assertThat(first.get(3)).isEqualTo(CellValue.text("11010519491231002X"));
        assertThat(first.get(5)).isEqualTo(new CellValue.DateValue(LocalDate.of(1949, 12, 31)));
        assertThat(first.get(6)).isInstanceOfSatisfying(CellValue.Numeric.class,
                n -> assertThat(n.plainInteger()).isEqualTo("13812345678"));
        List<CellValue> second = sink.rows.get(1).cells();
        assertThat(second.get(2)).isEqualTo(CellValue.BLANK);
        assertThat(second.get(3)).isInstanceOf(CellValue.Numeric.class);
        assertThat(second.get(5)).isEqualTo(CellValue.text("1949/12/31"));
    }

    @Test
    void readsLegacyXlsTheSameWay() {
        Collected sink = read(typedRoster().xls(), "a.xls");
        assertThat(sink.header).containsExactlyElementsOf(RosterFiles.TEMPLATE_HEADER);
        assertThat(sink.rows).extracting(RosterRow::rowNumber).containsExactly(2, 4);
        List<CellValue> first = sink.rows.get(0).cells();
        assertThat(first.get(1)).isEqualTo(CellValue.text("张三"));
        assertThat(first.get(5)).isEqualTo(new CellValue.DateValue(LocalDate.of(1949, 12, 31)));
        assertThat(((CellValue.Numeric) first.get(6)).plainInteger()).isEqualTo("13812345678");
        assertThat(sink.rows.get(1).cells().get(3)).isInstanceOfSatisfying(CellValue.Numeric.class,
                n -> assertThat(n.display()).contains("E+17"));
    }

    @Test
    void tellsTheFormatByContentNotByName() {
        assertThat(read(typedRoster().xls(), "named-wrongly.xlsx").rows).hasSize(2);
        assertThat(read(typedRoster().xlsx(), "named-wrongly.xls").rows).hasSize(2);
    }

    @Test
    void refusesWhatIsNotASpreadsheet() {
        assertThatThrownBy(() -> read("%PDF-1.4 not a roster".getBytes(StandardCharsets.US_ASCII), "a.xlsx"))
                .isInstanceOf(RosterFileException.class).hasMessageContaining("不是Excel表格");
        assertThatThrownBy(() -> read(new byte[0], "a.xlsx")).isInstanceOf(RosterFileException.class);
    }

    @Test
    void refusesAZipThatIsNotAWorkbook() throws IOException {
        Path zip = dir.resolve("fake.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("hello.txt"));
            out.write("hello".getBytes(StandardCharsets.US_ASCII));
        }
        assertThatThrownBy(() -> reader.read(zip, new Collected())).isInstanceOf(RosterFileException.class)
                .hasMessageContaining("不是有效的Excel文件");
    }

    @Test
    void refusesEncryptedFiles() {
        assertThatThrownBy(() -> read(typedRoster().encryptedXlsx("secret"), "locked.xlsx"))
                .isInstanceOf(RosterFileException.class).hasMessageContaining("打开密码");
        byte[] xls;
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try {
            xls = typedRoster().xls();
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertThatThrownBy(() -> read(xls, "locked.xls")).isInstanceOf(RosterFileException.class)
                .hasMessageContaining("打开密码");
    }

    /** A real roster with one part replaced by 40 MB of spaces, which deflate to about 40 KB. */
    private static byte[] withBomb(String part) {
        java.util.Map<String, byte[]> parts = SpreadsheetZoo.unzip(SpreadsheetZoo.xlsx());
        byte[] spaces = new byte[40 * 1024 * 1024];
        java.util.Arrays.fill(spaces, (byte) ' ');
        parts.put(part, spaces);
        return SpreadsheetZoo.zip(parts);
    }

    @Test
    void refusesAZipBombWhileInflatingItBeforeTheParserGetsMore() {
        byte[] bomb = withBomb("xl/worksheets/sheet1.xml");
        assertThat(bomb.length).isLessThan(200_000);
        assertThatThrownBy(() -> read(bomb, "bomb.xlsx")).isInstanceOf(RosterFileException.class)
                .hasMessageContaining("压缩炸弹");
        assertThatThrownBy(() -> read(withBomb("xl/sharedStrings.xml"), "bomb2.xlsx")).isInstanceOf(RosterFileException.class)
                .hasMessageContaining("压缩炸弹");
    }

    @Test
    void aBombInAPartTheReaderNeverOpensIsNeverInflated() {
        Collected read = read(withBomb("xl/media/image1.bin"), "picture.xlsx");
        assertThat(read.header).contains("姓名*");
        assertThat(read.rows).isNotEmpty();
    }

    @Test
    void aSinkFailureIsNotMistakenForADamagedFile() {
        RosterReader.Sink failing = row -> {
            throw new IllegalStateException("storage down");
        };
        for (byte[] file : List.of(typedRoster().xlsx(), typedRoster().xls())) {
            assertThatThrownBy(() -> reader.read(write("f" + file.length, file), failing))
                    .isInstanceOf(IllegalStateException.class).hasMessage("storage down");
        }
    }

    @Test
    void aFileWithoutHeaderRowSaysSo() {
        Collected sink = read(RosterFiles.withHeader().xlsx(), "empty.xlsx");
        assertThat(sink.header).isEmpty();
        assertThat(sink.rows).isEmpty();
    }

    @Test
    void aSheetStartingBelowRowOneKeepsItsRowNumbers() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("人员").createRow(2).createCell(0).setCellValue("张三");
            workbook.write(file);
        }
        Collected sink = read(file.toByteArray(), "no-header.xlsx");
        assertThat(sink.all).singleElement().satisfies(row -> {
            assertThat(row.rowNumber()).isEqualTo(3);
            assertThat(row.cells()).extracting(CellValue::display).containsExactly("张三");
        });
    }

    @Test
    void cellsPointingAtOneSharedStringShareOneObjectInsteadOfCopies() {
        String mebibyte = "长".repeat(1024 * 1024);
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 2000; r++) {
            rows.append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < 9; c++) {
                rows.append("<c r=\"").append((char) ('A' + c)).append(r).append("\" t=\"s\"><v>0</v></c>");
            }
            rows.append("</row>");
        }
        byte[] file = SpreadsheetZoo.edit(RosterFiles.withTemplateHeader().xlsx(), java.util.Map.of(
                "xl/sharedStrings.xml", xml -> "<sst xmlns=\"" + SpreadsheetZoo.MAIN_NS + "\"><si><t>" + mebibyte + "</t></si></sst>",
                "xl/worksheets/sheet1.xml", xml -> "<worksheet xmlns=\"" + SpreadsheetZoo.MAIN_NS + "\"><sheetData>" + rows
                        + "</sheetData></worksheet>"));
        java.util.Set<String> distinct = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        int[] cells = new int[1];
        reader.read(write("one-string.xlsx", file), row -> row.cells().forEach(cell -> {
            distinct.add(cell.display());
            cells[0]++;
        }));
        assertThat(cells[0]).isEqualTo(18_000);
        assertThat(distinct).singleElement().satisfies(text -> assertThat(text).hasSize(1024 * 1024));
    }
}
