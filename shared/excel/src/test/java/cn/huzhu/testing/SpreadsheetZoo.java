package cn.huzhu.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks as the programs of the real world write them, made here so every case is reproducible: what Excel (Windows
 * and Mac, Transitional and Strict), WPS, LibreOffice, Numbers and Google Sheets put in files that trip readers up.
 * POI writes the plain workbooks; where POI cannot write a feature, the XML parts or BIFF records are edited by hand.
 * Each specimen names how its truth is known: POI's usermodel reading the file itself, POI reading a twin that differs
 * only in packaging, or the cells a person sees when the program opens it.
 */
public final class SpreadsheetZoo {
    public static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /** One file and its truth. {@code twin} is what POI reads instead when it cannot read the file; null otherwise. */
    public record Specimen(String name, String suffix, byte[] content, byte[] twin, List<List<Object>> expected) {
        public static Specimen readByPoi(String name, String suffix, byte[] content) {
            return new Specimen(name, suffix, content, null, null);
        }

        public static Specimen twinOf(String name, String suffix, byte[] content, byte[] twin) {
            return new Specimen(name, suffix, content, twin, null);
        }

        public static Specimen seen(String name, String suffix, byte[] content, List<List<Object>> expected) {
            return new Specimen(name, suffix, content, null, expected);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private SpreadsheetZoo() {
    }

    // --- the plain content every variant starts from ------------------------------------------------------------

    private static final List<String> HEADER = List.of("序号", "姓名*", "证件类型*", "证件号码*", "性别", "出生日期", "手机号",
            "职业类别", "备注");

    /** A roster with text, numbers, dates, booleans and formulas (cached results computed by POI's evaluator). */
    static byte[] roster(Workbook workbook) {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("参保人员");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle chineseDate = workbook.createCellStyle();
            chineseDate.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
            }
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue(1);
            first.createCell(1).setCellValue("张三");
            first.createCell(2).setCellValue("居民身份证");
            first.createCell(3).setCellValue("11010519491231002X");
            first.createCell(4).setCellValue("女");
            dated(first.createCell(5), LocalDate.of(1949, 12, 31), date);
            first.createCell(6).setCellValue(13812345678d);
            first.createCell(7).setCellValue("一般职业");
            first.createCell(8).setCellValue(true);
            Row second = sheet.createRow(3);
            second.createCell(0).setCellFormula("A2+1");
            second.createCell(1).setCellFormula("\"李\"&\"四\"");
            second.createCell(3).setCellValue(110105194912310000d);
            dated(second.createCell(5), LocalDate.of(1988, 2, 29), chineseDate);
            Cell dateFormula = second.createCell(6);
            dateFormula.setCellFormula("DATE(2001,1,1)");
            dateFormula.setCellStyle(date);
            second.createCell(7).setCellFormula("1/0");
            second.createCell(8).setCellFormula("A2>0");
            Row third = sheet.createRow(4);
            third.createCell(1).setCellValue("王 五");
            third.createCell(5).setCellValue("1990/1/2");
            third.createCell(6).setCellValue(0.1);
            third.createCell(12).setCellValue("远处的一列");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A date as its serial number in the workbook's own date system (1900, or 1904 as Excel for Mac wrote). */
    private static void dated(Cell cell, LocalDate value, CellStyle style) {
        Workbook workbook = cell.getSheet().getWorkbook();
        boolean dates1904 = workbook instanceof XSSFWorkbook xssf ? xssf.isDate1904()
                : ((HSSFWorkbook) workbook).getInternalWorkbook().isUsing1904DateWindowing();
        cell.setCellValue(DateUtil.getExcelDate(value.atStartOfDay(), dates1904));
        cell.setCellStyle(style);
    }

    public static byte[] xlsx() {
        return roster(new XSSFWorkbook());
    }

    public static byte[] xls() {
        return roster(new HSSFWorkbook());
    }

    // --- .xlsx ---------------------------------------------------------------------------------------------------

    public static List<Specimen> xlsxSpecimens() {
        byte[] plain = xlsx();
        byte[] dates1904 = xlsx1904();
        List<Specimen> specimens = new ArrayList<>();
        specimens.add(Specimen.readByPoi("xlsx as POI writes it", ".xlsx", plain));
        specimens.add(Specimen.readByPoi("1904 date system (Excel for Mac)", ".xlsx", dates1904));
        specimens.add(Specimen.readByPoi("1904 date system with an x15:workbookPr extension (Excel 2013+)", ".xlsx",
                edit(dates1904, Map.of("xl/workbook.xml", SpreadsheetZoo::withX15Extension))));
        specimens.add(Specimen.readByPoi("_xHHHH_ escapes in shared strings", ".xlsx",
                edit(plain, Map.of("xl/sharedStrings.xml", xml -> xml.replace("<t>张三</t>", "<t>张_x000D_三_x0041_</t>")
                        .replace("<t>备注</t>", "<t>备_x005F_x0041_注</t>")))));
        specimens.add(Specimen.readByPoi("rich text runs and phonetic guides (Excel for Japanese/Chinese IME)", ".xlsx",
                edit(plain, Map.of("xl/sharedStrings.xml", xml -> xml.replace("<si><t>张三</t></si>",
                        "<si><r><t>张</t></r><r><rPr><b/></rPr><t>三</t></r><rPh sb=\"0\" eb=\"1\"><t>ちょう</t></rPh></si>")))));
        specimens.add(Specimen.readByPoi("inline strings (Google Sheets, libraries)", ".xlsx", inlineStrings(plain)));
        specimens.add(Specimen.twinOf("Strict Open XML (Excel: Strict Open XML Spreadsheet)", ".xlsx", strict(plain), plain));
        specimens.add(Specimen.twinOf("zip entry names with backslashes", ".xlsx",
                repack(plain, name -> name.replace('/', '\\'), content -> content), plain));
        specimens.add(Specimen.twinOf("part names in another case", ".xlsx", repack(plain, name -> name.equals(
                "xl/worksheets/sheet1.xml") ? "XL/Worksheets/Sheet1.XML" : name, content -> content), plain));
        specimens.add(Specimen.twinOf("workbook part not at xl/workbook.xml (found through _rels/.rels)", ".xlsx",
                movedWorkbookPart(plain), plain));
        specimens.add(Specimen.twinOf("encrypted with Excel's default password (write-protected workbook)", ".xlsx",
                encrypt(plain, Decryptor.DEFAULT_PASSWORD), plain));
        specimens.add(Specimen.seen("empty string cells <c t=\"s\"/>, empty <v/>, style s=\"\" (WPS, generators)", ".xlsx",
                handWrittenSheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>姓名</t></is></c>"
                        + "<c r=\"B1\" t=\"inlineStr\"><is><t>证件号码</t></is></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"s\"/><c r=\"B2\" s=\"\"><v/></c><c r=\"C2\" s=\"\"><v>7</v></c>"
                        + "<c r=\"D2\" t=\"s\"><v></v></c></row>"),
                List.of(List.of("姓名", "证件号码"), List.of("", "", 7))));
        specimens.add(Specimen.seen("ISO 8601 date cells t=\"d\" (Strict files, LibreOffice, Numbers)", ".xlsx",
                handWrittenSheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>出生日期</t></is></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"d\"><v>1980-05-06T00:00:00Z</v></c></row>"
                        + "<row r=\"3\"><c r=\"A3\" t=\"d\"><v>2001-01-01</v></c></row>"),
                List.of(List.of("出生日期"), List.of(LocalDate.of(1980, 5, 6)), List.of(LocalDate.of(2001, 1, 1)))));
        specimens.addAll(xmlSyntaxSpecimens(plain));
        return specimens;
    }

    /** The same workbook with its sheet and shared strings written in XML that other writers use, all of it legal. */
    private static List<Specimen> xmlSyntaxSpecimens(byte[] plain) {
        List<Specimen> specimens = new ArrayList<>();
        specimens.add(Specimen.readByPoi("entities, character references, CDATA, comments and processing instructions",
                ".xlsx", edit(plain, Map.of("xl/sharedStrings.xml", xml -> replaced(xml, "<t>张三</t>",
                        "<t>张&#x4E09;&amp;<![CDATA[<李]]><![CDATA[]]]]><![CDATA[]x]]]><!-- 备注 -->&lt;四&gt;&#19977;&apos;&quot;</t>"),
                        "xl/worksheets/sheet1.xml", xml -> replaced(xml, "</row>", "</row><?mso-application progid?><!-- -->")))));
        specimens.add(Specimen.readByPoi("line ends inside text (CR LF, a lone CR) as parsers normalise them", ".xlsx",
                edit(plain, Map.of("xl/sharedStrings.xml", xml -> replaced(xml, "<t>王 五</t>", "<t>王\r\n五\r六\n七\t八</t>")))));
        specimens.add(Specimen.readByPoi("single-quoted attributes, spaces around '=', attributes in another order", ".xlsx",
                edit(plain, Map.of("xl/worksheets/sheet1.xml", xml -> replaced(xml, "<c r=\"B2\" t=\"s\" s=\"0\">",
                        "<c  s = '0' t = 's'\n r\t=\"B2\" >").replace("<row r=\"2\"", "<row spans='1:9'  r = '2'")))));
        specimens.add(Specimen.readByPoi("elements with a namespace prefix (x:row, x:c)", ".xlsx", edit(plain, Map.of(
                "xl/worksheets/sheet1.xml", SpreadsheetZoo::prefixed, "xl/sharedStrings.xml", SpreadsheetZoo::prefixed))));
        specimens.add(Specimen.readByPoi("sheet and shared strings in UTF-16 with a byte-order mark", ".xlsx",
                reencoded(plain, StandardCharsets.UTF_16, "UTF-16")));
        specimens.add(Specimen.readByPoi("a UTF-8 byte-order mark and characters beyond the BMP (CJK extension B, emoji)",
                ".xlsx", edit(plain, Map.of("xl/sharedStrings.xml", xml -> "\uFEFF" + replaced(xml, "<t>张三</t>",
                        "<t>张\uD840\uDC00三\uD83D\uDE00</t>")))));
        specimens.add(Specimen.readByPoi("shared strings declared in GBK", ".xlsx",
                reencoded(plain, java.nio.charset.Charset.forName("GBK"), "GBK")));
        return specimens;
    }

    private static String replaced(String xml, String from, String to) {
        if (!xml.contains(from)) {
            throw new IllegalStateException("the part holds no " + from);
        }
        return xml.replace(from, to);
    }

    /** Every element of the main namespace written with the prefix x. */
    private static String prefixed(String xml) {
        return replaced(xml, "xmlns=\"" + MAIN_NS + "\"", "xmlns:x=\"" + MAIN_NS + "\"")
                .replaceAll("<(/?)(?![?!])([A-Za-z]+[ >/])", "<$1x:$2");
    }

    /** The sheet and the shared strings stored in another encoding, which their XML declarations name. */
    private static byte[] reencoded(byte[] xlsx, java.nio.charset.Charset charset, String declared) {
        Map<String, byte[]> parts = unzip(xlsx);
        for (String part : List.of("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml")) {
            String xml = new String(parts.get(part), StandardCharsets.UTF_8);
            parts.put(part, replaced(xml, "encoding=\"UTF-8\"", "encoding=\"" + declared + "\"").getBytes(charset));
        }
        return zip(parts);
    }

    private static byte[] xlsx1904() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.getCTWorkbook().getWorkbookPr().setDate1904(true);
        return roster(workbook);
    }

    /** What Excel 2013 and later add to workbook.xml: another workbookPr, in the x15 namespace, without date1904. */
    private static String withX15Extension(String xml) {
        String extension = "<extLst><ext uri=\"{140A7094-0E35-4892-8432-C4D2E57EDEB5}\" "
                + "xmlns:x15=\"http://schemas.microsoft.com/office/spreadsheetml/2010/11/main\">"
                + "<x15:workbookPr chartTrackingRefBase=\"1\"/></ext></extLst>";
        return xml.replace("</workbook>", extension + "</workbook>");
    }

    /** Shared strings turned into inline strings, as Google Sheets and streaming writers store them. */
    private static byte[] inlineStrings(byte[] xlsx) {
        Map<String, byte[]> parts = unzip(xlsx);
        List<String> strings = new ArrayList<>();
        String shared = new String(parts.get("xl/sharedStrings.xml"), StandardCharsets.UTF_8);
        for (String si : shared.split("<si>")) {
            int end = si.indexOf("</si>");
            if (end >= 0) {
                strings.add(si.substring(0, end));
            }
        }
        String sheet = new String(parts.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int at = sheet.indexOf("t=\"s\""); at >= 0; at = sheet.indexOf("t=\"s\"", from)) {
            int valueStart = sheet.indexOf("<v>", at) + 3;
            int valueEnd = sheet.indexOf("</v>", valueStart);
            out.append(sheet, from, at).append("t=\"inlineStr\"");
            int close = sheet.indexOf('>', at);
            out.append(sheet, at + 5, close + 1).append("<is>")
                    .append(strings.get(Integer.parseInt(sheet.substring(valueStart, valueEnd)))).append("</is>");
            from = valueEnd + 4;
        }
        out.append(sheet.substring(from));
        parts.put("xl/worksheets/sheet1.xml", out.toString().getBytes(StandardCharsets.UTF_8));
        parts.remove("xl/sharedStrings.xml");
        return zip(parts);
    }

    /** Strict Open XML: the same parts in the ISO namespaces and relationship types. */
    private static byte[] strict(byte[] xlsx) {
        return repack(xlsx, name -> name, content -> content
                .replace(MAIN_NS, "http://purl.oclc.org/ooxml/spreadsheetml/main")
                .replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                        "http://purl.oclc.org/ooxml/officeDocument/relationships")
                .replace("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
                        "http://purl.oclc.org/ooxml/officeDocument/extendedProperties"));
    }

    private static byte[] movedWorkbookPart(byte[] xlsx) {
        Map<String, byte[]> parts = unzip(xlsx);
        Map<String, byte[]> moved = new LinkedHashMap<>();
        parts.forEach((name, content) -> {
            String text = new String(content, StandardCharsets.UTF_8);
            switch (name) {
                case "xl/workbook.xml" -> moved.put("xl/book-main.xml", content);
                case "xl/_rels/workbook.xml.rels" -> moved.put("xl/_rels/book-main.xml.rels", content);
                case "_rels/.rels", "[Content_Types].xml" -> moved.put(name,
                        text.replace("xl/workbook.xml", "xl/book-main.xml").getBytes(StandardCharsets.UTF_8));
                default -> moved.put(name, content);
            }
        });
        return zip(moved);
    }

    /** A minimal package around one hand-written sheet, for cell encodings POI never writes. */
    private static byte[] handWrittenSheet(String rows) {
        Map<String, byte[]> parts = unzip(xlsx());
        parts.put("xl/worksheets/sheet1.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>" + rows + "</sheetData></worksheet>")
                .getBytes(StandardCharsets.UTF_8));
        return zip(parts);
    }

    public static byte[] encrypt(byte[] xlsx, String password) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(xlsx);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- .xls ------------------------------------------------------------------------------------------------------

    public static List<Specimen> xlsSpecimens() {
        byte[] plain = xls();
        List<Specimen> specimens = new ArrayList<>();
        specimens.add(Specimen.readByPoi("xls as POI writes it, formulas with cached results", ".xls", plain));
        specimens.add(Specimen.readByPoi("xls in the 1904 date system", ".xls", xls1904()));
        specimens.add(Specimen.readByPoi("an embedded chart sub-stream inside the sheet", ".xls", Biff.withChart(plain)));
        specimens.add(Specimen.readByPoi("cells stored out of column order (LibreOffice, generators)", ".xls",
                Biff.cellsReversed(plain)));
        specimens.add(Specimen.readByPoi("numbers packed in MULRK records (LibreOffice, Excel)", ".xls", Biff.mulRk(plain)));
        specimens.add(Specimen.readByPoi("a SHRFMLA record between a text formula and its STRING (filled-down column, "
                + "Excel for Windows and Mac)", ".xls", Biff.beforeString(plain, Biff.SHRFMLA, Biff.sharedFormula())));
        specimens.add(Specimen.readByPoi("an ARRAY record between a text formula and its STRING", ".xls",
                Biff.beforeString(plain, Biff.ARRAY, Biff.arrayFormula())));
        specimens.add(Specimen.readByPoi("a TABLE record between a text formula and its STRING", ".xls",
                Biff.beforeString(plain, Biff.TABLE, Biff.table())));
        specimens.add(Specimen.readByPoi("a NUMBER record holding NaN, shown as #NUM!", ".xls", Biff.nanNumber(plain)));
        specimens.add(Specimen.readByPoi("workbook globals without their BOF record", ".xls", Biff.globalsWithoutBof(plain)));
        return specimens;
    }

    private static byte[] xls1904() {
        HSSFWorkbook workbook = new HSSFWorkbook();
        ((DateWindow1904Record) workbook.getInternalWorkbook().findFirstRecordBySid(DateWindow1904Record.sid)).setWindowing((short) 1);
        return roster(workbook);
    }

    // --- zip parts -------------------------------------------------------------------------------------------------

    public static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                parts.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    public static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(part.getKey()));
                out.write(part.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The package with the named XML parts edited. */
    public static byte[] edit(byte[] xlsx, Map<String, UnaryOperator<String>> edits) {
        Map<String, byte[]> parts = unzip(xlsx);
        edits.forEach((name, edit) -> parts.put(name, edit.apply(new String(parts.get(name), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8)));
        return zip(parts);
    }

    private static byte[] repack(byte[] xlsx, UnaryOperator<String> names, UnaryOperator<String> xml) {
        Map<String, byte[]> repacked = new LinkedHashMap<>();
        unzip(xlsx).forEach((name, content) -> repacked.put(names.apply(name),
                xml.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)));
        return zip(repacked);
    }

    /**
     * BIFF8 record surgery on the Workbook stream: records are [sid:2][length:2][data], little-endian. Offsets kept in
     * INDEX and DBCELL records go stale; readers that work as Excel does ignore them.
     */
    static final class Biff {
        private static final int BOF = 0x0809;
        private static final int EOF = 0x000A;
        private static final int NUMBER = 0x0203;
        private static final int LABELSST = 0x00FD;
        private static final int MULRK = 0x00BD;
        private static final int ROW = 0x0208;
        private static final int WINDOW2 = 0x023E;
        private static final int FORMULA = 0x0006;
        private static final int STRING = 0x0207;
        static final int SHRFMLA = 0x04BC;
        static final int ARRAY = 0x0221;
        static final int TABLE = 0x0236;

        record BiffRecord(int sid, byte[] data) {
            int row() {
                return u16(data, 0);
            }

            int column() {
                return u16(data, 2);
            }
        }

        private Biff() {
        }

        /** A chart sub-stream (BOF type 0x20 … EOF) with cached series values, inside the sheet after its cells. */
        static byte[] withChart(byte[] xls) {
            return transform(xls, records -> {
                int at = firstSheetCell(records);
                while (records.get(at).sid() != WINDOW2) {
                    at++;
                }
                at++;
                List<BiffRecord> chart = List.of(
                        new BiffRecord(BOF, bof(0x0020)),
                        new BiffRecord(NUMBER, number(40, 0, 0, 123.0)),
                        new BiffRecord(NUMBER, number(41, 1, 0, 456.0)),
                        new BiffRecord(EOF, new byte[0]));
                records.addAll(at, chart);
            });
        }

        /** The cell records of each row without formulas in reverse column order (a formula keeps its STRING after it). */
        static byte[] cellsReversed(byte[] xls) {
            return transform(xls, records -> {
                int start = firstSheetCell(records);
                while (start < records.size() && isCell(records.get(start))) {
                    int end = start;
                    boolean formulas = false;
                    while (end < records.size() && isCell(records.get(end)) && records.get(end).row() == records.get(start).row()) {
                        formulas |= records.get(end).sid() == 0x0006 || records.get(end).sid() == 0x0207;
                        end++;
                    }
                    if (!formulas) {
                        java.util.Collections.reverse(records.subList(start, end));
                    }
                    start = end;
                }
            });
        }

        /** Two neighbouring NUMBER cells of a row (mobile and the cell beside it) packed into one MULRK record. */
        static byte[] mulRk(byte[] xls) {
            return transform(xls, records -> {
                int start = firstSheetCell(records);
                records.add(start, new BiffRecord(MULRK, mulRkData(6, 10, new int[] {21, 22})));
            });
        }

        /** A record inserted between the first text formula of the sheet and its STRING record. */
        static byte[] beforeString(byte[] xls, int sid, byte[] data) {
            return transform(xls, records -> {
                for (int i = 0; i + 1 < records.size(); i++) {
                    if (records.get(i).sid() == FORMULA && records.get(i + 1).sid() == STRING) {
                        BiffRecord formula = records.get(i);
                        records.add(i + 1, new BiffRecord(sid, withRange(data, formula.row(), formula.column())));
                        return;
                    }
                }
                throw new IllegalStateException("no text formula in the sheet");
            });
        }

        /** SHRFMLA: range, reserved, cUse, then the formula =1 (tInt). */
        static byte[] sharedFormula() {
            return ByteBuffer.allocate(13).order(ByteOrder.LITTLE_ENDIAN).put(new byte[6]).put((byte) 0).put((byte) 1)
                    .putShort((short) 3).put((byte) 0x1E).putShort((short) 1).array();
        }

        /** ARRAY: range, options, reserved, then the formula =1. */
        static byte[] arrayFormula() {
            return ByteBuffer.allocate(17).order(ByteOrder.LITTLE_ENDIAN).put(new byte[6]).putShort((short) 0).putInt(0)
                    .putShort((short) 3).put((byte) 0x1E).putShort((short) 1).array();
        }

        /** TABLE (what-if data table): range, flags, reserved, then the input cells. */
        static byte[] table() {
            return ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).put(new byte[6]).put((byte) 0).put((byte) 0)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0).array();
        }

        /** The range at the head of SHRFMLA, ARRAY and TABLE set to the one cell. */
        private static byte[] withRange(byte[] data, int row, int column) {
            byte[] copy = data.clone();
            ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN).putShort(0, (short) row).putShort(2, (short) row)
                    .put(4, (byte) column).put(5, (byte) column);
            return copy;
        }

        /** The first NUMBER cell of the sheet holding NaN, as some generators write an empty or failed value. */
        static byte[] nanNumber(byte[] xls) {
            return transform(xls, records -> {
                for (int i = firstSheetCell(records); i < records.size(); i++) {
                    if (records.get(i).sid() == NUMBER) {
                        ByteBuffer.wrap(records.get(i).data()).order(ByteOrder.LITTLE_ENDIAN).putDouble(6, Double.NaN);
                        return;
                    }
                }
                throw new IllegalStateException("no NUMBER record in the sheet");
            });
        }

        /** The workbook globals without their opening BOF record (their EOF stays). */
        static byte[] globalsWithoutBof(byte[] xls) {
            return transform(xls, records -> {
                if (records.get(0).sid() != BOF) {
                    throw new IllegalStateException("the stream does not start with BOF");
                }
                records.remove(0);
            });
        }

        private static boolean isCell(BiffRecord record) {
            return record.sid() == NUMBER || record.sid() == LABELSST || record.sid() == 0x0201 || record.sid() == 0x0006
                    || record.sid() == 0x0205 || record.sid() == 0x027E || record.sid() == 0x0207;
        }

        /** Index of the first cell record of the first worksheet (after its ROW records). */
        private static int firstSheetCell(List<BiffRecord> records) {
            int bofs = 0;
            for (int i = 0; i < records.size(); i++) {
                BiffRecord record = records.get(i);
                if (record.sid() == BOF) {
                    bofs++;
                }
                if (bofs == 2 && record.sid() != ROW && i > 0 && records.get(i - 1).sid() == ROW) {
                    return i;
                }
            }
            throw new IllegalStateException("no cells in the first sheet");
        }

        private static byte[] transform(byte[] xls, java.util.function.Consumer<List<BiffRecord>> change) {
            try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(xls))) {
                byte[] stream;
                try (InputStream in = fs.createDocumentInputStream("Workbook")) {
                    stream = in.readAllBytes();
                }
                List<BiffRecord> records = parse(stream);
                change.accept(records);
                ByteArrayOutputStream rebuilt = new ByteArrayOutputStream();
                for (BiffRecord record : records) {
                    ByteBuffer head = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
                    head.putShort((short) record.sid()).putShort((short) record.data().length);
                    rebuilt.write(head.array());
                    rebuilt.write(record.data());
                }
                try (POIFSFileSystem out = new POIFSFileSystem(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
                    out.createDocument(new ByteArrayInputStream(rebuilt.toByteArray()), "Workbook");
                    out.writeFilesystem(bytes);
                    return bytes.toByteArray();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static List<BiffRecord> parse(byte[] stream) {
            List<BiffRecord> records = new ArrayList<>();
            for (int at = 0; at + 4 <= stream.length; ) {
                int sid = u16(stream, at);
                int length = u16(stream, at + 2);
                byte[] data = java.util.Arrays.copyOfRange(stream, at + 4, at + 4 + length);
                records.add(new BiffRecord(sid, data));
                at += 4 + length;
            }
            return records;
        }

        private static int u16(byte[] bytes, int at) {
            return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
        }

        private static byte[] bof(int type) {
            ByteBuffer data = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
            data.putShort((short) 0x0600).putShort((short) type).putShort((short) 0x0DBB).putShort((short) 0x07CC)
                    .putInt(0x000100C1).putInt(0x00000006);
            return data.array();
        }

        private static byte[] number(int row, int column, int xf, double value) {
            ByteBuffer data = ByteBuffer.allocate(14).order(ByteOrder.LITTLE_ENDIAN);
            data.putShort((short) row).putShort((short) column).putShort((short) xf).putDouble(value);
            return data.array();
        }

        /** MULRK: row, first column, (xf, rk) per cell, last column; integers as RK (value << 2 | 2). */
        private static byte[] mulRkData(int row, int firstColumn, int[] values) {
            ByteBuffer data = ByteBuffer.allocate(6 + 6 * values.length).order(ByteOrder.LITTLE_ENDIAN);
            data.putShort((short) row).putShort((short) firstColumn);
            for (int value : values) {
                data.putShort((short) 15).putInt(value << 2 | 2);
            }
            data.putShort((short) (firstColumn + values.length - 1));
            return data.array();
        }
    }
}
