package cn.huzhu.rosterimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.huzhu.adapter.excel.BankStatementFiles;
import cn.huzhu.app.port.FileStore.Bucket;
import cn.huzhu.app.statement.StatementImport;
import cn.huzhu.domain.common.BusinessDay;
import cn.huzhu.domain.statement.StatementUpload;
import cn.huzhu.testing.BankStatements;
import cn.huzhu.testing.BankStatements.Bank;
import cn.huzhu.testing.BankStatements.Transfer;
import cn.huzhu.testing.World;

/** The statement import on the emulators: once per upload, and given back for a retry when storage fails it. */
class StatementImportTest {
    private final World world = new World();
    private final StatementImport statements = new StatementImport(world.stores.arrivals, world.stores.enrollments,
            world.stores.invoices, world.files, world.stores.settings, new BankStatementFiles(), world.ids, world.clock);

    private StatementUpload waiting(String extension) {
        String id = world.ids.next();
        return world.stores.arrivals.createUpload(StatementUpload.waiting(id, "1503", "明细." + extension,
                StatementImport.KEY_PREFIX + id + "." + extension, 100, "finance-test", world.clock.instant()));
    }

    @Test
    void anUploadWhoseFileCannotBeFetchedIsGivenBackAndReadByTheRetry(@TempDir Path dir) throws Exception {
        StatementUpload upload = waiting("csv");
        assertThatThrownBy(() -> statements.onObjectCreated(upload.fileKey())).isInstanceOf(RuntimeException.class);
        assertThat(world.stores.arrivals.findUpload(upload.id()).orElseThrow().status())
                .isEqualTo(StatementUpload.Status.WAITING);

        String serial = "RETRY" + System.nanoTime();
        Path file = BankStatements.write(Bank.ICBC, List.of(new Transfer(BusinessDay.today(world.clock), serial,
                new BigDecimal("12.34"), "某付款人", "", "无识别码")), dir);
        world.files.put(Bucket.UPLOADS, upload.fileKey(), Files.readAllBytes(file), "text/csv");

        assertThat(statements.onObjectCreated(upload.fileKey())).isEqualTo(StatementImport.Outcome.READ);
        StatementUpload done = world.stores.arrivals.findUpload(upload.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(StatementUpload.Status.DONE);
        assertThat(done.added()).isEqualTo(1);
        assertThat(statements.onObjectCreated(upload.fileKey())).as("delivered again").isEqualTo(StatementImport.Outcome.ALREADY_DONE);
    }

    @Test
    void anObjectNamingNoUploadIsLeftAlone() {
        assertThat(statements.onObjectCreated("statements/unknownupload01.csv"))
                .isEqualTo(StatementImport.Outcome.NOT_A_STATEMENT_UPLOAD);
    }
}
