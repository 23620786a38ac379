package cn.huzhu.domain.roster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.huzhu.domain.identity.TextNormalizer;

/**
 * Where each known column sits in a file, read from its header row. Unknown columns are kept for write-back only; a
 * 失败原因 column (the file is a failed-rows file uploaded again) is neither read nor written back.
 */
public final class RosterHeader {
    public static final String REASON_TITLE = "失败原因";

    private final List<String> titles;
    private final Map<RosterColumn, Integer> positions;
    private final int rowNumber;

    private RosterHeader(List<String> titles, Map<RosterColumn, Integer> positions, int rowNumber) {
        this.titles = List.copyOf(titles);
        this.positions = Collections.unmodifiableMap(positions);
        this.rowNumber = rowNumber;
    }

    /** Reads a header on the first row. */
    public static Optional<RosterHeader> read(List<String> headerCells) {
        return read(headerCells, 1);
    }

    /** Reads a header row; empty when the row does not name 姓名 and 证件号码. */
    public static Optional<RosterHeader> read(List<String> headerCells, int rowNumber) {
        Map<RosterColumn, Integer> positions = new EnumMap<>(RosterColumn.class);
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < headerCells.size(); i++) {
            String title = headerCells.get(i) == null ? "" : headerCells.get(i).trim();
            titles.add(title);
            int position = i;
            RosterColumn.byHeader(title).ifPresent(column -> positions.putIfAbsent(column, position));
        }
        if (!positions.containsKey(RosterColumn.NAME) || !positions.containsKey(RosterColumn.ID_NUMBER)) {
            return Optional.empty();
        }
        return Optional.of(new RosterHeader(titles, positions, rowNumber));
    }

    /** The message for a file in whose first rows no roster header was found; {@code firstRow} is its first row. */
    public static String missingColumnsMessage(List<String> firstRow, int searchedRows) {
        List<String> missing = new ArrayList<>();
        List<RosterColumn> found = firstRow.stream().map(cell -> RosterColumn.byHeader(cell == null ? "" : cell))
                .flatMap(Optional::stream).toList();
        for (RosterColumn needed : List.of(RosterColumn.NAME, RosterColumn.ID_NUMBER)) {
            if (!found.contains(needed)) {
                missing.add(needed.header());
            }
        }
        return "文件前" + searchedRows + "行中没有参保人信息模板的表头（缺少“" + String.join("”“", missing)
                + "”列）。请下载“参保人信息模板-通用”，按模板填写后上传";
    }

    public List<String> titles() {
        return titles;
    }

    /** The row of the file the header is on (1 when the sheet starts with it). */
    public int rowNumber() {
        return rowNumber;
    }

    public Optional<Integer> position(RosterColumn column) {
        return Optional.ofNullable(positions.get(column));
    }

    /** Picks the known columns out of a row's cells. */
    public Map<RosterColumn, CellValue> pick(List<CellValue> cells) {
        Map<RosterColumn, CellValue> picked = new EnumMap<>(RosterColumn.class);
        positions.forEach((column, position) ->
                picked.put(column, position < cells.size() && cells.get(position) != null ? cells.get(position) : CellValue.BLANK));
        return picked;
    }

    /** The columns a failed-rows file carries over from this file: all but an earlier 失败原因. */
    public List<Integer> writeBackColumns() {
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            if (!TextNormalizer.halfWidthWithoutSpaces(titles.get(i)).equals(REASON_TITLE)) {
                columns.add(i);
            }
        }
        return columns;
    }
}
