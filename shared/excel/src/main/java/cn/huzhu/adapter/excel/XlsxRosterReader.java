package cn.huzhu.adapter.excel;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.ss.usermodel.DateUtil;

import cn.huzhu.app.roster.RosterFileException;
import cn.huzhu.app.roster.RosterReader;
import cn.huzhu.domain.roster.CellValue;
import cn.huzhu.domain.roster.RosterRow;

/**
 * .xlsx: one pass over the first sheet with {@link XmlScanner}, turning each row's cells into typed values, every part
 * inflated through the zip-bomb guard. Memory holds one row and the shared strings. Failures of the file become
 * {@link RosterFileException}; failures of the sink (storage) pass through untouched.
 */
final class XlsxRosterReader {
    /** Cells right of this column are not a roster's (the template has 9 columns) and are not read. */
    static final int MAX_COLUMNS = 256;

    void read(Path file, RosterReader.Sink sink) {
        try (XlsxPackage workbook = open(file)) {
            SharedStrings strings;
            boolean[] dateStyles;
            XmlScanner sheet;
            try {
                strings = workbook.sharedStrings();
                dateStyles = workbook.dateStyles();
                sheet = workbook.sheet();
            } catch (IOException | XMLStreamException | RuntimeException e) {
                throw damaged(e);
            }
            new SheetRows(sheet, strings, dateStyles, workbook.dates1904()).deliver(sink);
        } catch (IOException e) {
            throw damaged(e);
        }
    }

    private static XlsxPackage open(Path file) {
        try {
            return XlsxPackage.open(file);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw damaged(e);
        }
    }

    /** A failure of the file as the user is told it; a refusal already worded (a zip bomb) stays as it is. */
    static RosterFileException damaged(Exception e) {
        if (e instanceof RosterFileException refused) {
            return refused;
        }
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return new RosterFileException(message.contains("encrypt") ? ExcelRosterReader.ENCRYPTED : ExcelRosterReader.DAMAGED, e);
    }

    /** The sheet's rows, read one at a time. */
    private static final class SheetRows {
        private static final byte[] ROW = ascii("row");
        private static final byte[] CELL = ascii("c");
        private static final byte[] VALUE = ascii("v");
        private static final byte[] TEXT = ascii("t");
        private static final byte[] PHONETIC = ascii("rPh");
        private static final byte[] REFERENCE = ascii("r");
        private static final byte[] TYPE = ascii("t");
        private static final byte[] STYLE = ascii("s");

        private final XmlScanner xml;
        private final SharedStrings strings;
        private final boolean[] dateStyles;
        private final boolean dates1904;
        private final List<CellValue> cells = new ArrayList<>(16);
        private final StringBuilder text = new StringBuilder(64);
        private int rowNumber;

        SheetRows(XmlScanner xml, SharedStrings strings, boolean[] dateStyles, boolean dates1904) {
            this.xml = xml;
            this.strings = strings;
            this.dateStyles = dateStyles;
            this.dates1904 = dates1904;
        }

        void deliver(RosterReader.Sink sink) {
            while (nextRow()) {
                sink.row(new RosterRow(rowNumber, cells));
            }
        }

        /** Reads up to the end of the next row; false at the end of the sheet. */
        private boolean nextRow() {
            try {
                for (int event = xml.next(); event != XmlScanner.EOF; event = xml.next()) {
                    if (event == XmlScanner.START && xml.is(ROW)) {
                        int r = xml.attribute(REFERENCE);
                        rowNumber = r < 0 || xml.attributeBlank(r) ? rowNumber + 1 : xml.attributeInt(r);
                        readCells();
                        return true;
                    }
                }
                return false;
            } catch (IOException | RuntimeException e) {
                throw damaged(e);
            }
        }

        private void readCells() throws IOException {
            cells.clear();
            for (int event = xml.next(); event != XmlScanner.EOF; event = xml.next()) {
                if (event == XmlScanner.START && xml.is(CELL)) {
                    int reference = xml.attribute(REFERENCE);
                    int column = reference < 0 || xml.attributeBlank(reference) ? cells.size()
                            : xml.attributeColumn(reference, MAX_COLUMNS);
                    CellKind kind = CellKind.of(xml, xml.attribute(TYPE));
                    int style = xml.attribute(STYLE);
                    CellValue value = cell(kind, style < 0 || xml.attributeBlank(style) ? 0 : xml.attributeInt(style));
                    if (column < MAX_COLUMNS) {
                        place(column, value);
                    }
                } else if (event == XmlScanner.END && xml.is(ROW)) {
                    return;
                }
            }
        }

        private void place(int column, CellValue value) {
            while (cells.size() < column) {
                cells.add(CellValue.BLANK);
            }
            if (column < cells.size()) {
                cells.set(column, value);
            } else {
                cells.add(value);
            }
        }

        /** The value of the current <c> element, reading to its end; phonetic guides are not the cell's text. */
        private CellValue cell(CellKind kind, int style) throws IOException {
            boolean hasValue = false;
            StringBuilder inline = null;
            text.setLength(0);
            for (int event = xml.next(); !(event == XmlScanner.END && xml.is(CELL)); event = xml.next()) {
                if (event != XmlScanner.START) {
                    continue;
                }
                if (xml.is(VALUE)) {
                    text.setLength(0);
                    xml.text(text);
                    hasValue = true;
                } else if (xml.is(TEXT)) {
                    inline = inline == null ? new StringBuilder() : inline;
                    xml.text(inline);
                } else if (xml.is(PHONETIC)) {
                    xml.skipElement();
                }
            }
            boolean empty = !hasValue || text.length() == 0;
            return switch (kind) {
                case NUMBER -> empty ? CellValue.BLANK : number(text.toString().trim(), style);
                case SHARED -> empty ? CellValue.BLANK : CellValue.text(strings.get(index(text)));
                case INLINE -> inline != null ? CellValue.text(OoxmlText.decode(inline))
                        : empty ? CellValue.BLANK : CellValue.text(OoxmlText.decode(text));
                case FORMULA_TEXT -> CellValue.text(empty ? "" : OoxmlText.decode(text));
                case BOOLEAN -> empty ? CellValue.BLANK : CellValue.text("1".equals(text.toString().trim()) ? "TRUE" : "FALSE");
                case DATE -> empty ? CellValue.BLANK : isoDate(text.toString().trim());
                case OTHER -> empty ? CellValue.BLANK : CellValue.text(text.toString());
            };
        }

        /** A shared string's index, spaces around allowed. */
        private static int index(StringBuilder digits) {
            int start = 0;
            int end = digits.length();
            while (start < end && digits.charAt(start) <= ' ') {
                start++;
            }
            while (end > start && digits.charAt(end - 1) <= ' ') {
                end--;
            }
            if (start == end || end - start > 9) {
                return Integer.parseInt(digits.toString().trim());
            }
            int value = 0;
            for (int i = start; i < end; i++) {
                int digit = digits.charAt(i) - '0';
                if (digit < 0 || digit > 9) {
                    return Integer.parseInt(digits.toString().trim());
                }
                value = value * 10 + digit;
            }
            return value;
        }

        private CellValue number(String text, int style) {
            if (style < dateStyles.length && dateStyles[style]) {
                double serial = Double.parseDouble(text);
                if (DateUtil.isValidExcelDate(serial)) {
                    return new CellValue.DateValue(DateUtil.getLocalDateTime(serial, dates1904).toLocalDate());
                }
            }
            return new CellValue.Numeric(new BigDecimal(text), text);
        }

        /** A cell of type d: an ISO 8601 date, with or without a time ("2024-03-01", "2024-03-01T00:00:00Z"). */
        private static CellValue isoDate(String text) {
            try {
                return new CellValue.DateValue(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
            } catch (DateTimeParseException notADate) {
                return CellValue.text(text);
            }
        }
    }

    /** A cell's t attribute: absent or empty is a number; a value Open XML does not define is read as text. */
    private enum CellKind {
        NUMBER, SHARED, INLINE, FORMULA_TEXT, BOOLEAN, DATE, OTHER;

        static CellKind of(XmlScanner xml, int type) {
            if (type < 0 || xml.attributeLength(type) == 0) {
                return NUMBER;
            }
            if (xml.attributeLength(type) == 1) {
                return switch (xml.attributeFirstByte(type)) {
                    case 's' -> SHARED;
                    case 'n' -> NUMBER;
                    case 'b' -> BOOLEAN;
                    case 'd' -> DATE;
                    default -> OTHER;
                };
            }
            return switch (xml.attributeText(type)) {
                case "inlineStr" -> INLINE;
                case "str" -> FORMULA_TEXT;
                default -> OTHER;
            };
        }
    }

    static byte[] ascii(String name) {
        return name.getBytes(StandardCharsets.US_ASCII);
    }
}
