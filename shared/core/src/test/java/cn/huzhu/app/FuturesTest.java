package cn.huzhu.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;

import org.junit.jupiter.api.Test;

import cn.huzhu.domain.common.DomainException;

/** What failed on the other thread is what the waiting thread throws; a wait that is interrupted says so. */
class FuturesTest {
    @Test
    void aFailureIsThrownAsItWasAndACheckedOneIsWrapped() {
        DomainException refused = DomainException.invalid("X", "不行");
        FutureTask<String> failing = new FutureTask<>(() -> {
            throw refused;
        });
        failing.run();
        assertThatThrownBy(() -> Futures.await(failing, "the work")).isSameAs(refused);

        FutureTask<String> checked = new FutureTask<>(() -> {
            throw new IOException("disk");
        });
        checked.run();
        assertThatThrownBy(() -> Futures.await(checked, "the work")).isInstanceOf(IllegalStateException.class)
                .hasCauseInstanceOf(IOException.class);

        FutureTask<String> done = new FutureTask<>(() -> "ok");
        done.run();
        assertThat(Futures.await(done, "the work")).isEqualTo("ok");
    }

    @Test
    void anInterruptedWaitKeepsTheInterruptAndNamesWhatItWaitedFor() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> Futures.await(new CompletableFuture<String>(), "the receipts"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("the receipts");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
