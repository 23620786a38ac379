package cn.huzhu.domain.roster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where each known column sits in a file, read from its header row. Unknown columns are kept for write-back only. */
public final class RosterHeader {
    private final List<String> titles;
    private final Map<RosterColumn, Integer> positions;

    private RosterHeader(List<String> titles, Map<RosterColumn, Integer> positions) {
        this.titles = List.copyOf(titles);
        this.positions = Collections.unmodifiableMap(positions);
    }

    /**
     * Reads a header row. Returns empty when the row does not name 姓名 and 证件号码: then the file is not a roster,
     * or its header is not on the first row.
     */
    public static Optional<RosterHeader> read(List<String> headerCells) {
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
        return Optional.of(new RosterHeader(titles, positions));
    }

    /** The message for a file whose header row is not a roster's. */
    public static String missingColumnsMessage(List<String> headerCells) {
        List<String> missing = new ArrayList<>();
        List<RosterColumn> found = headerCells.stream().map(cell -> RosterColumn.byHeader(cell == null ? "" : cell))
                .flatMap(Optional::stream).toList();
        for (RosterColumn needed : List.of(RosterColumn.NAME, RosterColumn.ID_NUMBER)) {
            if (!found.contains(needed)) {
                missing.add(needed.header());
            }
        }
        return "文件第1行不是参保人信息模板的表头，缺少“" + String.join("”“", missing)
                + "”列。请下载“参保人信息模板-通用”，按模板填写后上传";
    }

    public List<String> titles() {
        return titles;
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
}
