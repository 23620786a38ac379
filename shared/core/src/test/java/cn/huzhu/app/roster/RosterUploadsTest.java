package cn.huzhu.app.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.roster.ImportBatch;
import cn.huzhu.testing.World;

class RosterUploadsTest {
    private final World world = new World();
    private final Caller unit = world.newUnit("上传测试单位");

    private void running(Enrollment enrollment, Instant created) {
        ImportBatch batch = ImportBatch.waiting(enrollment.id(), world.ids.next(), List.of("P0101"), "a.xlsx", "k", 1,
                created, "op");
        world.stores.batches.update(world.stores.batches.create(batch).running(10));
    }

    private RosterUploads.Ticket upload(Enrollment enrollment, String planCode) {
        return world.uploads.requestUpload(unit, enrollment.id(), new RosterUploads.Request(List.of(planCode), "名单.xlsx", 100L));
    }

    @Test
    void aRunningImportHoldsUpAnotherFileForTheSamePlanOnly() {
        Enrollment enrollment = world.draft(unit, "P0101", "P0201");
        running(enrollment, Instant.now());
        assertThatThrownBy(() -> upload(enrollment, "P0101")).hasMessageContaining("正在导入");
        assertThat(upload(enrollment, "P0201").uploadUrl()).isNotBlank();
    }

    @Test
    void anImportWhoseFunctionDiedHoldsUpNothing() {
        Enrollment enrollment = world.draft(unit, "P0101");
        running(enrollment, Instant.now().minus(ImportBatch.GIVE_UP_AFTER).minusSeconds(60));
        assertThat(upload(enrollment, "P0101").uploadUrl()).isNotBlank();
    }
}
