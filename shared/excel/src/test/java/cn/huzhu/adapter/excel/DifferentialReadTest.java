package cn.huzhu.adapter.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.huzhu.domain.roster.CellValue;
import cn.huzhu.testing.SpreadsheetZoo;
import cn.huzhu.testing.SpreadsheetZoo.Specimen;

/**
 * The roster reader against the truth, cell by cell, on workbooks as real programs write them: Apache POI's usermodel
 * (which builds the whole workbook in memory, too heavy for uploads but a careful reader) is the oracle; where POI
 * cannot read a file, it reads the file's twin that differs only in packaging, or the cells are what a person sees.
 */
class DifferentialReadTest {
    @TempDir
    Path dir;

    static Stream<Specimen> specimens() {
        return Stream.concat(SpreadsheetZoo.xlsxSpecimens().stream(), SpreadsheetZoo.xlsSpecimens().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specimens")
    void readsEveryCellAsTheProgramShowsIt(Specimen specimen) throws IOException {
        Map<Integer, List<String>> ours = ours(Files.write(dir.resolve("file" + specimen.suffix()), specimen.content()));
        Map<Integer, List<String>> truth = specimen.expected() != null ? expected(specimen.expected())
                : poi(specimen.twin() != null ? specimen.twin() : specimen.content());
        assertThat(ours).as(specimen.name()).isNotEmpty().isEqualTo(truth);
    }

    private static Map<Integer, List<String>> ours(Path file) {
        Map<Integer, List<String>> rows = new TreeMap<>();
        new ExcelRosterReader().read(file, row -> {
            List<String> cells = trimmed(row.cells().stream().map(DifferentialReadTest::canonical).toList());
            if (!cells.isEmpty()) {
                rows.put(row.rowNumber(), cells);
            }
        });
        return rows;
    }

    /** Text as "T:…", numbers as "N:" + their double, dates as "D:yyyy-mm-dd", empty as "". */
    static String canonical(CellValue cell) {
        if (cell instanceof CellValue.Numeric number) {
            return "N:" + number.value().doubleValue();
        }
        if (cell instanceof CellValue.DateValue date) {
            return "D:" + date.value();
        }
        return cell.isBlank() && cell.display().isEmpty() ? "" : "T:" + cell.display();
    }

    private static Map<Integer, List<String>> poi(byte[] content) {
        Map<Integer, List<String>> rows = new TreeMap<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    if (cell.getColumnIndex() >= XlsxRosterReader.MAX_COLUMNS) {
                        continue;
                    }
                    while (cells.size() < cell.getColumnIndex()) {
                        cells.add("");
                    }
                    cells.add(canonical(cell));
                }
                cells = trimmed(cells);
                if (!cells.isEmpty()) {
                    rows.put(row.getRowNum() + 1, cells);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static String canonical(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().isEmpty() ? "" : "T:" + cell.getStringCellValue();
            // a NaN is no number Excel holds: it shows #NUM! there
            case NUMERIC -> Double.isNaN(cell.getNumericCellValue()) ? "T:" + FormulaError.NUM.getString()
                    : DateUtil.isCellDateFormatted(cell) ? "D:" + cell.getLocalDateTimeCellValue().toLocalDate()
                    : "N:" + cell.getNumericCellValue();
            case BOOLEAN -> "T:" + (cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> "T:" + FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }

    private static Map<Integer, List<String>> expected(List<List<Object>> seen) {
        Map<Integer, List<String>> rows = new TreeMap<>();
        for (int i = 0; i < seen.size(); i++) {
            rows.put(i + 1, trimmed(seen.get(i).stream().map(value -> value instanceof LocalDate date ? "D:" + date
                    : value instanceof Number number ? "N:" + number.doubleValue()
                    : value.toString().isEmpty() ? "" : "T:" + value).toList()));
        }
        return rows;
    }

    private static List<String> trimmed(List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isEmpty()) {
            end--;
        }
        return new ArrayList<>(cells.subList(0, end));
    }
}
