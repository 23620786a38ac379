package cn.huzhu.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.huzhu.app.roster.RosterReader;
import cn.huzhu.domain.identity.PersonKeys;
import cn.huzhu.domain.roster.CellValue;
import cn.huzhu.domain.roster.RosterHeader;
import cn.huzhu.domain.roster.RosterRow;
import cn.huzhu.domain.roster.RosterScreening;
import cn.huzhu.domain.roster.RowVerdict;
import cn.huzhu.domain.common.KeyRing;
import cn.huzhu.testing.Catalogs;

/** The same validation for every reader: every row through the roster rules of the domain, counted. */
final class ValidatingSink implements RosterReader.Sink {
    private final RosterScreening screening = new RosterScreening(List.of(Catalogs.hospital()),
            new PersonKeys(KeyRing.of("bench", java.util.Map.of("bench", "benchmark-person-key-secret-0123456789"), "bench person keys")), LocalDate.of(2025, 11, 25));
    private RosterHeader header;
    long firstRowNanos;
    int rows;
    int valid;

    /** The header row, for readers that tell it apart themselves. */
    void header(List<String> titles) {
        header = RosterHeader.read(titles).orElseThrow(() -> new IllegalStateException("not a roster header: " + titles));
    }

    /** Every row of the sheet; the first one is the header (the roster reader hands the header on as a row). */
    @Override
    public void row(RosterRow row) {
        if (row.isEmpty()) {
            return;
        }
        if (header == null) {
            header(row.cells().stream().map(CellValue::display).toList());
            return;
        }
        if (rows++ == 0) {
            firstRowNanos = System.nanoTime();
        }
        RowVerdict verdict = screening.decide(row, screening.identify(row, header), Map.of());
        if (verdict.accepted()) {
            valid++;
        }
    }

    /** For readers that give text only. */
    void row(int rowNumber, List<String> cells) {
        row(new RosterRow(rowNumber, cells.stream().map(text -> text == null ? CellValue.BLANK : CellValue.text(text)).toList()));
    }
}
