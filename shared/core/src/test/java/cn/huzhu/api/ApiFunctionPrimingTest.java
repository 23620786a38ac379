package cn.huzhu.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The SnapStart hook runs a request to no route through the whole handler and refuses a snapshot if it misbehaves. */
class ApiFunctionPrimingTest {
    private static final class Counting extends ApiFunction {
        private final AtomicInteger calls;

        Counting(AtomicInteger calls, String routeKey) {
            super(List.of(Route.publicRoute(routeKey, (request, caller) -> {
                calls.incrementAndGet();
                return HttpResponse.ok(java.util.Map.of("called", true));
            })));
            this.calls = calls;
        }
    }

    @Test
    void primingReachesNoRouteOfTheFunction() {
        AtomicInteger calls = new AtomicInteger();
        new Counting(calls, "GET /api/things").beforeCheckpoint(null);
        assertThat(calls).hasValue(0);
    }

    @Test
    void aFunctionThatAnswersThePrimingRequestWithAnythingButNotFoundFailsTheSnapshot() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> new Counting(calls, "GET /api/priming").beforeCheckpoint(null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("200");
        assertThat(calls).hasValue(1);
    }
}
