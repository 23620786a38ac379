package cn.huzhu.bench;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.parsers.SAXParserFactory;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import cn.huzhu.adapter.excel.ExcelRosterReader;
import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.event.AnalysisEventListener;

/** The roster reader and the four reference readers, each feeding the same validation. */
enum Readers {
    HUZHU("huzhu ExcelRosterReader (one pass of its byte-level XML scanner, inflation counted; typed cells)") {
        @Override
        void read(Path file, ValidatingSink sink) {
            new ExcelRosterReader().read(file, sink);
        }
    },
    DHATIM("org.dhatim:fastexcel-reader 0.20.2") {
        @Override
        void read(Path file, ValidatingSink sink) throws Exception {
            try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
                    Stream<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().openStream()) {
                Iterator<org.dhatim.fastexcel.reader.Row> iterator = rows.iterator();
                boolean header = true;
                while (iterator.hasNext()) {
                    org.dhatim.fastexcel.reader.Row row = iterator.next();
                    List<String> cells = new ArrayList<>(row.getCellCount());
                    for (int i = 0; i < row.getCellCount(); i++) {
                        cells.add(row.getCellText(i));
                    }
                    if (header) {
                        sink.header(cells);
                        header = false;
                    } else {
                        sink.row(row.getRowNum(), cells);
                    }
                }
            }
        }
    },
    POI_SAX("Apache POI 5.5.1 SAX event API (XSSFReader + XSSFSheetXMLHandler)") {
        @Override
        void read(Path file, ValidatingSink sink) throws Exception {
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                StylesTable styles = reader.getStylesTable();
                ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
                SAXParserFactory factory = SAXParserFactory.newInstance();
                factory.setNamespaceAware(true);
                XMLReader xml = factory.newSAXParser().getXMLReader();
                List<String> cells = new ArrayList<>();
                int[] rowNumber = new int[1];
                xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings, new XSSFSheetXMLHandler.SheetContentsHandler() {
                    @Override
                    public void startRow(int row) {
                        cells.clear();
                        rowNumber[0] = row + 1;
                    }

                    @Override
                    public void endRow(int row) {
                        if (row == 0) {
                            sink.header(new ArrayList<>(cells));
                        } else {
                            sink.row(rowNumber[0], cells);
                        }
                    }

                    @Override
                    public void cell(String reference, String value, XSSFComment comment) {
                        int column = new org.apache.poi.ss.util.CellReference(reference).getCol();
                        while (cells.size() < column) {
                            cells.add(null);
                        }
                        cells.add(value);
                    }
                }, new DataFormatter(), false));
                Iterator<InputStream> sheets = reader.getSheetsData();
                try (InputStream sheet = sheets.next()) {
                    xml.parse(new InputSource(sheet));
                }
            }
        }
    },
    POI_USERMODEL("Apache POI 5.5.1 XSSFWorkbook (usermodel)") {
        @Override
        void read(Path file, ValidatingSink sink) throws Exception {
            DataFormatter formatter = new DataFormatter();
            try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
                Sheet sheet = workbook.getSheetAt(0);
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < row.getLastCellNum(); i++) {
                        Cell cell = row.getCell(i);
                        cells.add(cell == null ? null : formatter.formatCellValue(cell));
                    }
                    if (row.getRowNum() == 0) {
                        sink.header(cells);
                    } else {
                        sink.row(row.getRowNum() + 1, cells);
                    }
                }
            }
        }
    },
    FASTEXCEL_IDEV("cn.idev.excel:fastexcel 1.3.0 (EasyExcel's successor), listener read") {
        @Override
        void read(Path file, ValidatingSink sink) {
            File input = file.toFile();
            FastExcel.read(input, new AnalysisEventListener<Map<Integer, String>>() {
                @Override
                public void invokeHeadMap(Map<Integer, String> head, AnalysisContext context) {
                    sink.header(values(head));
                }

                @Override
                public void invoke(Map<Integer, String> row, AnalysisContext context) {
                    sink.row(context.readRowHolder().getRowIndex() + 1, values(row));
                }

                @Override
                public void doAfterAllAnalysed(AnalysisContext context) {
                }
            }).sheet().doRead();
        }

        private List<String> values(Map<Integer, String> map) {
            int width = map.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
            List<String> cells = new ArrayList<>(width);
            for (int i = 0; i < width; i++) {
                cells.add(map.get(i));
            }
            return cells;
        }
    };

    private final String label;

    Readers(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    abstract void read(Path file, ValidatingSink sink) throws Exception;
}
