package cn.huzhu.domain.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ImportBatchTest {
    private static final Instant CREATED = Instant.parse("2025-11-25T02:00:00Z");
    private final ImportBatch waiting = ImportBatch.waiting("e1", "b1", List.of("P0101"), "名单.xlsx", "k", 10, CREATED, "op");

    @Test
    void aRunningBatchImportsUntilItsFunctionMustHaveDied() {
        ImportBatch running = waiting.running(5);
        Instant lastMinute = CREATED.plus(ImportBatch.GIVE_UP_AFTER).minus(Duration.ofMinutes(1));
        assertThat(running.importing(lastMinute)).isTrue();
        assertThat(running.stalled(lastMinute)).isFalse();
        Instant after = CREATED.plus(ImportBatch.GIVE_UP_AFTER).plus(Duration.ofMinutes(1));
        assertThat(running.importing(after)).isFalse();
        assertThat(running.stalled(after)).isTrue();
    }

    @Test
    void aBatchNotRunningNeitherImportsNorStalls() {
        Instant later = CREATED.plus(Duration.ofHours(1));
        ImportBatch done = waiting.running(10).done(10, 10, 0, null, later);
        for (ImportBatch batch : List.of(waiting, done, waiting.failedFile("文件已损坏", later))) {
            assertThat(batch.importing(CREATED)).as(batch.status().name()).isFalse();
            assertThat(batch.stalled(later)).as(batch.status().name()).isFalse();
        }
    }

    @Test
    void aStalledBatchIsShownFailedWithWhatToDo() {
        ImportBatch shown = waiting.running(3).shownAsStalled();
        assertThat(shown.status()).isEqualTo(ImportBatch.Status.FAILED);
        assertThat(shown.message()).contains("请重新上传");
    }
}
