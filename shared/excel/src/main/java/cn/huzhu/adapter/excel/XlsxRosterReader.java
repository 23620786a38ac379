package cn.huzhu.adapter.excel;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.DateUtil;

import cn.huzhu.app.roster.RosterFileException;
import cn.huzhu.app.roster.RosterReader;
import cn.huzhu.domain.roster.CellValue;
import cn.huzhu.domain.roster.RosterRow;

/**
 * .xlsx: after the zip-bomb check, one StAX pass over the first sheet, turning each row's cells into typed values.
 * Memory holds one row and the shared strings. Failures of the file become {@link RosterFileException}; failures of
 * the sink (storage) pass through untouched.
 */
final class XlsxRosterReader {
    /** Cells right of this column are not a roster's (the template has 9 columns) and are not read. */
    static final int MAX_COLUMNS = 256;

    void read(Path file, RosterReader.Sink sink) {
        ZipBombGuard.check(file);
        try (XlsxPackage workbook = open(file)) {
            SharedStrings strings;
            boolean[] dateStyles;
            XMLStreamReader sheet;
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

    static RosterFileException damaged(Exception e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return new RosterFileException(message.contains("encrypt") ? ExcelRosterReader.ENCRYPTED : ExcelRosterReader.DAMAGED, e);
    }

    /** The sheet's rows, read one at a time. */
    private static final class SheetRows {
        private final XMLStreamReader xml;
        private final SharedStrings strings;
        private final boolean[] dateStyles;
        private final boolean dates1904;
        private final List<CellValue> cells = new ArrayList<>(16);
        private int rowNumber;

        SheetRows(XMLStreamReader xml, SharedStrings strings, boolean[] dateStyles, boolean dates1904) {
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
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                        String r = xml.getAttributeValue(null, "r");
                        rowNumber = r == null || r.isBlank() ? rowNumber + 1 : Integer.parseInt(r.trim());
                        readCells();
                        return true;
                    }
                }
                return false;
            } catch (XMLStreamException | RuntimeException e) {
                throw damaged(e);
            }
        }

        private void readCells() throws XMLStreamException {
            cells.clear();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                    String reference = xml.getAttributeValue(null, "r");
                    int column = reference == null || reference.isBlank() ? cells.size() : column(reference);
                    String type = xml.getAttributeValue(null, "t");
                    String style = xml.getAttributeValue(null, "s");
                    CellValue value = cell(type, style == null || style.isBlank() ? 0 : Integer.parseInt(style.trim()));
                    if (column < MAX_COLUMNS) {
                        while (cells.size() < column) {
                            cells.add(CellValue.BLANK);
                        }
                        if (column < cells.size()) {
                            cells.set(column, value);
                        } else {
                            cells.add(value);
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                    return;
                }
            }
        }

        /** The value of the current <c> element, reading to its end. */
        private CellValue cell(String type, int style) throws XMLStreamException {
            String value = null;
            StringBuilder inline = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("v")) {
                        value = xml.getElementText();
                    } else if (name.equals("t")) {
                        inline = inline == null ? new StringBuilder() : inline;
                        inline.append(xml.getElementText());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c")) {
                    break;
                }
            }
            boolean empty = value == null || value.isEmpty();
            if (type == null || type.isEmpty() || type.equals("n")) {
                return empty ? CellValue.BLANK : number(value.trim(), style);
            }
            return switch (type) {
                case "s" -> empty ? CellValue.BLANK : CellValue.text(strings.get(Integer.parseInt(value.trim())));
                case "inlineStr" -> inline != null ? CellValue.text(OoxmlText.decode(inline))
                        : empty ? CellValue.BLANK : CellValue.text(OoxmlText.decode(value));
                case "str" -> CellValue.text(empty ? "" : OoxmlText.decode(value));
                case "b" -> empty ? CellValue.BLANK : CellValue.text("1".equals(value.trim()) ? "TRUE" : "FALSE");
                case "d" -> empty ? CellValue.BLANK : isoDate(value.trim());
                default -> empty ? CellValue.BLANK : CellValue.text(value);
            };
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

        /** "AB12" → 27 (zero-based column of the letters). */
        private static int column(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length(); i++) {
                char c = Character.toUpperCase(reference.charAt(i));
                if (c < 'A' || c > 'Z') {
                    break;
                }
                column = Math.min(column * 26 + (c - 'A' + 1), MAX_COLUMNS + 1);
            }
            return column - 1;
        }
    }
}
