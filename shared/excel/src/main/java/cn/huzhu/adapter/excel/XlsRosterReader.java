package cn.huzhu.adapter.excel;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.ArrayRecord;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RowRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.SharedFormulaRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.hssf.record.TableRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

import cn.huzhu.app.roster.RosterFileException;
import cn.huzhu.app.roster.RosterReader;
import cn.huzhu.domain.roster.CellValue;
import cn.huzhu.domain.roster.RosterRow;

/**
 * Legacy .xls with POI's HSSF event API: records stream past one by one and the first worksheet's cells are gathered
 * into rows. Read the way Excel shows the sheet: formula cells by their cached result (text from the STRING record that
 * follows, past any SHRFMLA, ARRAY or TABLE record between them), a NaN number as #NUM!, dates in the workbook's date system (1900 or 1904), embedded chart sub-streams skipped, and cells placed by
 * their row and column whatever order the writer stored them in.
 */
final class XlsRosterReader {

    void read(POIFSFileSystem fs, RosterReader.Sink sink) {
        String stream = fs.getRoot().hasEntryCaseInsensitive("Workbook") ? "Workbook" : "Book";
        if (!fs.getRoot().hasEntryCaseInsensitive(stream)) {
            throw new RosterFileException(ExcelRosterReader.NOT_EXCEL);
        }
        SheetCollector collector = new SheetCollector(sink);
        try (InputStream workbook = fs.createDocumentInputStream(stream)) {
            HSSFRequest request = new HSSFRequest();
            request.addListenerForAllRecords(collector.formats);
            new HSSFEventFactory().processEvents(request, workbook);
        } catch (SinkFailure passThrough) {
            throw passThrough.cause;
        } catch (EncryptedDocumentException e) {
            throw new RosterFileException(ExcelRosterReader.ENCRYPTED, e);
        } catch (IOException | RuntimeException e) {
            throw new RosterFileException(ExcelRosterReader.DAMAGED, e);
        }
        collector.finish();
        if (!collector.sawWorksheet()) {
            throw new RosterFileException(ExcelRosterReader.DAMAGED);
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

    /**
     * Turns the first worksheet's cell records into rows. Cells are held per row until the writer starts its next block
     * of rows (a ROW record after cells: Excel writes rows in blocks of 32), then handed on in row order.
     */
    private static final class SheetCollector implements HSSFListener {
        private final RosterReader.Sink sink;
        private final FormatTrackingHSSFListener formats = new FormatTrackingHSSFListener(this);
        private final TreeMap<Integer, TreeMap<Integer, CellValue>> pending = new TreeMap<>();
        private SSTRecord strings;
        private boolean dates1904;
        private int depth;
        private int worksheets;
        private boolean inFirstSheet;
        private boolean done;
        private boolean cellsSinceRowRecord;
        private FormulaRecord awaitingString;

        SheetCollector(RosterReader.Sink sink) {
            this.sink = sink;
        }

        @Override
        public void processRecord(Record record) {
            if (done) {
                return;
            }
            if (record instanceof BOFRecord bof) {
                depth++;
                if (depth == 1 && bof.getType() == BOFRecord.TYPE_WORKSHEET) {
                    inFirstSheet = ++worksheets == 1;
                }
            } else if (record instanceof EOFRecord) {
                // a workbook whose globals lack their BOF ends them with an EOF all the same: never below the top
                depth = Math.max(0, depth - 1);
                if (depth == 0 && inFirstSheet) {
                    flush();
                    done = true;
                }
            } else if (depth <= 1 && !inFirstSheet) {
                globals(record);
            } else if (depth == 1) {
                sheet(record);
            }
        }

        private void globals(Record record) {
            if (record instanceof SSTRecord sst) {
                strings = sst;
            } else if (record instanceof DateWindow1904Record window) {
                dates1904 = window.getWindowing() == 1;
            }
        }

        private void sheet(Record record) {
            if (awaitingString != null) {
                if (record instanceof SharedFormulaRecord || record instanceof ArrayRecord || record instanceof TableRecord) {
                    // Excel writes these between a formula and its STRING (after the first cell of a filled-down block)
                    return;
                }
                FormulaRecord formula = awaitingString;
                awaitingString = null;
                if (record instanceof StringRecord text) {
                    place(formula, CellValue.text(text.getString()));
                    return;
                }
            }
            if (record instanceof RowRecord) {
                if (cellsSinceRowRecord) {
                    flush();
                }
            } else if (record instanceof FormulaRecord formula) {
                if (formula.getCachedResultTypeEnum() == CellType.STRING) {
                    awaitingString = formula;
                } else {
                    place(formula, cached(formula));
                }
            } else if (record instanceof CellValueRecordInterface cell) {
                place(cell, value(record));
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
                return number(number.getValue(), (CellValueRecordInterface) record);
            }
            if (record instanceof BoolErrRecord boolErr) {
                return boolErr.isBoolean() ? bool(boolErr.getBooleanValue()) : error(boolErr.getErrorValue());
            }
            return CellValue.BLANK;
        }

        private CellValue cached(FormulaRecord formula) {
            return switch (formula.getCachedResultTypeEnum()) {
                case NUMERIC -> number(formula.getValue(), formula);
                case BOOLEAN -> bool(formula.getCachedBooleanValue());
                case ERROR -> error(formula.getCachedErrorValue());
                default -> CellValue.BLANK;
            };
        }

        private CellValue number(double value, CellValueRecordInterface cell) {
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                // not a number Excel can hold: it shows the cell as #NUM!
                return CellValue.text(FormulaError.NUM.getString());
            }
            if (DateUtil.isADateFormat(formats.getFormatIndex(cell), formats.getFormatString(cell))
                    && DateUtil.isValidExcelDate(value)) {
                return new CellValue.DateValue(DateUtil.getLocalDateTime(value, dates1904).toLocalDate());
            }
            BigDecimal exact = new BigDecimal(Double.toString(value));
            String raw = Math.abs(value) >= 1e15 ? String.format("%.5E", value) : exact.stripTrailingZeros().toPlainString();
            return new CellValue.Numeric(exact, raw);
        }

        private static CellValue bool(boolean value) {
            return CellValue.text(value ? "TRUE" : "FALSE");
        }

        private static CellValue error(int code) {
            return CellValue.text(FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#N/A");
        }

        private void place(CellValueRecordInterface cell, CellValue value) {
            if (cell.getColumn() < XlsxRosterReader.MAX_COLUMNS) {
                pending.computeIfAbsent(cell.getRow(), row -> new TreeMap<>()).put((int) cell.getColumn(), value);
            }
            cellsSinceRowRecord = true;
        }

        private void flush() {
            try {
                for (Map.Entry<Integer, TreeMap<Integer, CellValue>> row : pending.entrySet()) {
                    List<CellValue> cells = new ArrayList<>();
                    row.getValue().forEach((column, value) -> {
                        while (cells.size() < column) {
                            cells.add(CellValue.BLANK);
                        }
                        cells.add(value);
                    });
                    sink.row(new RosterRow(row.getKey() + 1, cells));
                }
            } catch (RuntimeException e) {
                throw new SinkFailure(e);
            } finally {
                pending.clear();
                cellsSinceRowRecord = false;
            }
        }

        boolean sawWorksheet() {
            return worksheets > 0;
        }

        void finish() {
            if (!done) {
                try {
                    flush();
                } catch (SinkFailure e) {
                    throw e.cause;
                }
            }
        }
    }
}
