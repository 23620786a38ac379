package cn.huzhu.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Work handed to another thread keeps the request it belongs to in its log lines, and leaves that thread clean. */
class LogTest {
    private volatile String after = "unset";

    @AfterEach
    void clear() {
        Log.requestId(null);
    }

    @Test
    void carriedWorkLogsUnderTheRequestThatStartedIt() throws Exception {
        Log.requestId("request-1");
        Callable<String> work = Log.carried(Log::requestIdOfThisThread);
        Log.requestId("request-2");

        FutureTask<String> task = new FutureTask<>(work);
        Thread thread = new Thread(() -> {
            task.run();
            after = Log.requestIdOfThisThread();
        });
        thread.start();
        thread.join();

        assertThat(task.get()).isEqualTo("request-1");
        assertThat(after).as("the thread's own context afterwards").isNull();
        assertThat(Log.requestIdOfThisThread()).isEqualTo("request-2");
    }
}
