package cn.huzhu.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Real roster spreadsheets for tests, written with POI. A row's values: String → text cell, Number → numeric cell,
 * LocalDate → date-formatted cell, null → no cell.
 */
public final class RosterFiles {
    public static final List<String> TEMPLATE_HEADER = List.of("序号", "姓名*", "证件类型*", "证件号码*", "性别", "出生日期",
            "手机号", "职业类别", "备注", "入职日期");

    private final List<Object> header;
    private final List<List<Object>> rows = new ArrayList<>();

    private RosterFiles(List<?> header) {
        this.header = new ArrayList<>(header);
    }

    public static RosterFiles withTemplateHeader() {
        return new RosterFiles(TEMPLATE_HEADER);
    }

    public static RosterFiles withHeader(Object... titles) {
        return new RosterFiles(Arrays.asList(titles));
    }

    public RosterFiles row(Object... values) {
        rows.add(Arrays.asList(values));
        return this;
    }

    /** A template row: 序号, 姓名, (居民身份证 by default), number, and optional 职业类别. */
    public RosterFiles person(String name, String idNumber) {
        return row(rows.size() + 1, name, "居民身份证", idNumber, null, null, null, null, null);
    }

    public RosterFiles person(String name, String idNumber, String occupation) {
        return row(rows.size() + 1, name, "居民身份证", idNumber, null, null, null, occupation, null);
    }

    public RosterFiles emptyRow() {
        rows.add(List.of());
        return this;
    }

    public byte[] xlsx() {
        return write(new XSSFWorkbook());
    }

    public byte[] xls() {
        return write(new HSSFWorkbook());
    }

    /** The .xlsx, encrypted with a password as Excel does (an OLE2 container around the package). */
    public byte[] encryptedXlsx(String password) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(xlsx());
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path writeTo(Path file, byte[] content) {
        try {
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] write(Workbook workbook) {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("参保人员");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            fill(sheet.createRow(0), header, dateStyle);
            for (int i = 0; i < rows.size(); i++) {
                fill(sheet.createRow(i + 1), rows.get(i), dateStyle);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(Row row, List<Object> values, CellStyle dateStyle) {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            } else if (value instanceof BigDecimal number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(String.valueOf(value));
            }
        }
    }
}
