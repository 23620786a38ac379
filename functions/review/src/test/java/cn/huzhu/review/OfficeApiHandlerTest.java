package cn.huzhu.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.app.enrollment.EditEnrollment;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.testing.Events;
import cn.huzhu.testing.SesStore;
import cn.huzhu.testing.TestAws;
import cn.huzhu.testing.World;

/** The office API invoked with events/api-request.json; mail read back from the SES emulator. */
class OfficeApiHandlerTest {
    private static final OfficeApiHandler HANDLER = new OfficeApiHandler(TestAws.function("ReviewFunction"));
    private final World world = new World();
    private final Caller reviewer = new Caller("reviewer1", Role.REVIEWER, null, "1503");
    private final Caller finance = new Caller("finance1", Role.FINANCE, null, "1503");

    private Enrollment submitted(Caller unit) {
        Enrollment e = world.draft(unit, "P0101");
        world.edit.setAnonymousCount(unit, e.id(), "P0101", 2);
        world.edit.updateDetails(unit, e.id(), new EditEnrollment.Details(false, 2, 1, ""));
        return world.lifecycle.submit(unit, e.id()).enrollment();
    }

    private static JsonNode call(String route, Map<String, String> path, Caller caller, Object body) {
        return Events.invoke(HANDLER, Events.api(route, path, caller, body));
    }

    @Test
    void theQueueListsSubmissionsAndAReviewerApprovesWithAMail() {
        Caller unit = world.newUnit("办事处接口单位");
        Enrollment e = submitted(unit);
        JsonNode queue = Events.body(call("GET /api/office/enrollments", Map.of(), finance, null));
        assertThat(queue.path("items").toString()).contains(e.id());
        JsonNode refused = call("POST /api/office/enrollments/{id}/approve", Map.of("id", e.id()), finance, null);
        assertThat(refused.path("statusCode").asInt()).isEqualTo(403);
        JsonNode approved = call("POST /api/office/enrollments/{id}/approve", Map.of("id", e.id()), reviewer, null);
        assertThat(Events.body(approved).path("state").asText()).isEqualTo("APPROVED");
        assertThat(SesStore.to(world.emailOf(unit))).singleElement()
                .satisfies(mail -> assertThat(mail.subject()).contains(e.applicationNo()).contains("审核通过"));
        JsonNode mails = Events.body(call("GET /api/office/enrollments/{id}/mails", Map.of("id", e.id()), finance, null));
        assertThat(mails.get(0).path("status").asText()).isEqualTo("SENT");
    }

    @Test
    void anotherOrgsReviewerSeesNothing() {
        Caller unit = world.newUnit("本机构单位");
        Enrollment e = submitted(unit);
        Caller stranger = new Caller("reviewer-x", Role.REVIEWER, null, "9999");
        assertThat(call("GET /api/office/enrollments/{id}", Map.of("id", e.id()), stranger, null).path("statusCode").asInt())
                .isEqualTo(404);
        assertThat(call("POST /api/office/enrollments/{id}/return", Map.of("id", e.id()), stranger, Map.of("reason", "x"))
                .path("statusCode").asInt()).isEqualTo(404);
        assertThat(Events.body(call("GET /api/office/enrollments", Map.of(), stranger, null)).path("items").toString())
                .doesNotContain(e.id());
    }
}
