package cn.huzhu.adapter.excel;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DateUtil;

import cn.huzhu.app.roster.RosterFileException;
import cn.huzhu.app.roster.RosterReader;
import cn.huzhu.domain.roster.CellValue;
import cn.huzhu.domain.roster.RosterRow;

/**
 * Legacy .xls with POI's HSSF event API: records stream past one by one, cells are gathered into rows of the first
 * sheet only. An OLE2 file holding an encrypted .xlsx is recognised and refused as encrypted.
 */
final class XlsRosterReader {
    private static final Set<String> ENCRYPTED_PACKAGE = Set.of("EncryptionInfo", "EncryptedPackage");

    void read(Path file, RosterReader.Sink sink) {
        try (POIFSFileSystem fs = open(file)) {
            if (fs.getRoot().getEntryNames().stream().anyMatch(ENCRYPTED_PACKAGE::contains)) {
                throw new RosterFileException(ExcelRosterReader.ENCRYPTED);
            }
            if (!fs.getRoot().hasEntryCaseInsensitive("Workbook") && !fs.getRoot().hasEntryCaseInsensitive("Book")) {
                throw new RosterFileException(ExcelRosterReader.NOT_EXCEL);
            }
            SheetCollector collector = new SheetCollector(sink);
            try (InputStream workbook = fs.createDocumentInputStream(
                    fs.getRoot().hasEntryCaseInsensitive("Workbook") ? "Workbook" : "Book")) {
                HSSFRequest request = new HSSFRequest();
                request.addListenerForAllRecords(collector.formats);
                new HSSFEventFactory().processEvents(request, workbook);
            } catch (SinkFailure passThrough) {
                throw passThrough.cause;
            } catch (EncryptedDocumentException e) {
                throw new RosterFileException(ExcelRosterReader.ENCRYPTED, e);
            } catch (RuntimeException e) {
                throw new RosterFileException(ExcelRosterReader.DAMAGED, e);
            }
            collector.finish();
        } catch (IOException e) {
            throw new RosterFileException(ExcelRosterReader.DAMAGED, e);
        }
    }

    private static POIFSFileSystem open(Path file) {
        try {
            return new POIFSFileSystem(file.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw new RosterFileException(ExcelRosterReader.DAMAGED, e);
        }
    }

    /** Carries an exception of the sink (storage, or a refusal) through POI's event loop untouched. */
    private static final class SinkFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient RuntimeException cause;

        SinkFailure(RuntimeException cause) {
            super(cause);
            this.cause = cause;
        }
    }

    /** Turns the first worksheet's cell records into rows; everything after its EOF record is ignored. */
    private static final class SheetCollector implements HSSFListener {
        private final RosterReader.Sink sink;
        private final FormatTrackingHSSFListener formats = new FormatTrackingHSSFListener(this);
        private SSTRecord strings;
        private int worksheets;
        private boolean inFirstSheet;
        private boolean done;
        private int currentRow = -1;
        private final List<CellValue> cells = new ArrayList<>();
        private boolean headerSent;

        SheetCollector(RosterReader.Sink sink) {
            this.sink = sink;
        }

        @Override
        public void processRecord(Record record) {
            if (done) {
                return;
            }
            if (record instanceof SSTRecord sst) {
                strings = sst;
            } else if (record instanceof BOFRecord bof && bof.getType() == BOFRecord.TYPE_WORKSHEET) {
                inFirstSheet = ++worksheets == 1;
            } else if (record instanceof EOFRecord && inFirstSheet) {
                done = true;
            } else if (inFirstSheet && record instanceof CellValueRecordInterface cell) {
                cell(cell.getRow(), cell.getColumn(), value(record));
            }
        }

        private CellValue value(Record record) {
            if (record instanceof LabelSSTRecord label) {
                return CellValue.text(strings.getString(label.getSSTIndex()).getString());
            }
            if (record instanceof LabelRecord label) {
                return CellValue.text(label.getValue());
            }
            if (record instanceof NumberRecord number) {
                return number(number.getValue(), formats.getFormatIndex(number), formats.getFormatString(number));
            }
            if (record instanceof RKRecord rk) {
                return number(rk.getRKNumber(), formats.getFormatIndex(rk), formats.getFormatString(rk));
            }
            if (record instanceof FormulaRecord formula) {
                return CellValue.text(formats.formatNumberDateCell(formula));
            }
            if (record instanceof BoolErrRecord boolErr) {
                return CellValue.text(boolErr.isBoolean() ? String.valueOf(boolErr.getBooleanValue()).toUpperCase() : "#ERR");
            }
            return CellValue.BLANK;
        }

        private static CellValue number(double value, int formatIndex, String format) {
            if (DateUtil.isADateFormat(formatIndex, format) && DateUtil.isValidExcelDate(value)) {
                return new CellValue.DateValue(DateUtil.getLocalDateTime(value).toLocalDate());
            }
            BigDecimal exact = new BigDecimal(Double.toString(value));
            String raw = Math.abs(value) >= 1e15 ? String.format("%.5E", value) : exact.stripTrailingZeros().toPlainString();
            return new CellValue.Numeric(exact, raw);
        }

        private void cell(int row, int column, CellValue value) {
            if (row != currentRow) {
                flush();
                currentRow = row;
            }
            while (cells.size() < column) {
                cells.add(CellValue.BLANK);
            }
            cells.add(value);
        }

        private void flush() {
            if (currentRow < 0) {
                return;
            }
            try {
                if (!headerSent) {
                    headerSent = true;
                    sink.header(currentRow == 0 ? cells.stream().map(CellValue::display).toList() : List.of());
                    if (currentRow != 0) {
                        sink.row(new RosterRow(currentRow + 1, cells));
                    }
                } else {
                    sink.row(new RosterRow(currentRow + 1, cells));
                }
            } catch (RuntimeException e) {
                throw new SinkFailure(e);
            }
            cells.clear();
        }

        void finish() {
            try {
                flush();
            } catch (SinkFailure e) {
                throw e.cause;
            }
            if (!headerSent) {
                sink.header(List.of());
            }
        }
    }
}
