package cn.huzhu.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The SnapStart hook runs a request to no route through the whole handler and refuses a snapshot if it misbehaves. */
class ApiFunctionPrimingTest {
    private static final class Counting extends ApiFunction<AtomicInteger> {
        Counting(AtomicInteger calls, String routeKey) {
            super(new Env(Map.of()), env -> calls, counter -> List.of(Route.publicRoute(routeKey, (request, caller) -> {
                counter.incrementAndGet();
                return HttpResponse.ok(Map.of("called", true));
            })));
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
