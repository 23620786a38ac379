package cn.huzhu.domain.roster;

import java.util.List;
import java.util.Map;

/**
 * One data row of a roster file.
 *
 * @param rowNumber the row number a person sees in Excel (the header is row 1)
 * @param cells every cell of the row in file order, for writing failed rows back
 */
public record RosterRow(int rowNumber, List<CellValue> cells) {
    public RosterRow {
        cells = List.copyOf(cells);
    }

    public boolean isEmpty() {
        return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
    }

    public Map<RosterColumn, CellValue> known(RosterHeader header) {
        return header.pick(cells);
    }
}
