package cn.huzhu.domain.statement;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One statement file finance uploaded, and what came of it: how many credit lines it held, how many were new (a line
 * already recorded from an earlier or overlapping statement adds nothing), the debits skipped, each status's count, and
 * the lines refused with their rows.
 */
public record StatementUpload(String id, String orgCode, String fileName, String fileKey, long fileSize, Status status,
        String message, int credits, int added, int debits, Map<MatchStatus, Integer> outcomes,
        List<StatementTable.Problem> problems, String createdBy, Instant createdAt, Instant finishedAt, long version,
        List<List<String>> preview) {
    static final int PREVIEW_ROWS = 15;
    static final int PREVIEW_COLUMNS = 20;
    static final int PREVIEW_CHARS = 40;
    public enum Status {
        WAITING("等待上传"), READING("正在读取"), DONE("已完成"), FAILED("失败");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public StatementUpload {
        outcomes = outcomes == null ? Map.of() : Map.copyOf(outcomes);
        problems = problems == null ? List.of() : List.copyOf(problems);
        message = message == null ? "" : message;
        preview = preview == null ? List.of() : preview.stream().map(List::copyOf).toList();
    }

    public static StatementUpload waiting(String id, String orgCode, String fileName, String fileKey, long size,
            String by, Instant at) {
        return new StatementUpload(id, orgCode, fileName, fileKey, size, Status.WAITING, "", 0, 0, 0, Map.of(), List.of(),
                by, at, null, 0, List.of());
    }

    public StatementUpload reading() {
        return new StatementUpload(id, orgCode, fileName, fileKey, fileSize, Status.READING, "", 0, 0, 0, Map.of(),
                List.of(), createdBy, createdAt, null, version, List.of());
    }

    /** Back to waiting after a run that failed for a reason other than the file, so that a retry reads it. */
    public StatementUpload waitingAgain() {
        return new StatementUpload(id, orgCode, fileName, fileKey, fileSize, Status.WAITING, "", 0, 0, 0, Map.of(),
                List.of(), createdBy, createdAt, null, version, List.of());
    }

    public StatementUpload done(int creditLines, int addedLines, int debitLines, Map<MatchStatus, Integer> counts,
            List<StatementTable.Problem> refused, Instant at) {
        return new StatementUpload(id, orgCode, fileName, fileKey, fileSize, Status.DONE, "", creditLines, addedLines,
                debitLines, counts, refused, createdBy, createdAt, at, version, List.of());
    }

    public StatementUpload failed(String why, Instant at) {
        return failed(why, List.of(), at);
    }

    /**
     * Failed as not a recognised statement, keeping the file's first rows (cut short) so finance can map its columns
     * by hand.
     */
    public StatementUpload failed(String why, List<StatementTable.Row> rows, Instant at) {
        List<List<String>> first = rows.stream().limit(PREVIEW_ROWS).map(row -> row.cells().stream().limit(PREVIEW_COLUMNS)
                .map(cell -> cell == null ? "" : cell.length() > PREVIEW_CHARS ? cell.substring(0, PREVIEW_CHARS) : cell)
                .toList()).toList();
        return new StatementUpload(id, orgCode, fileName, fileKey, fileSize, Status.FAILED, why, 0, 0, 0, Map.of(),
                List.of(), createdBy, createdAt, at, version, first);
    }
}
