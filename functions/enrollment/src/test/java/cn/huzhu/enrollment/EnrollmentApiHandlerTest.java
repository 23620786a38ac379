package cn.huzhu.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.adapter.dynamodb.DynamoStores;
import cn.huzhu.api.Env;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.unit.Unit;
import cn.huzhu.testing.Catalogs;
import cn.huzhu.testing.Events;
import cn.huzhu.testing.TestAws;

/** The unit API, invoked with events/api-request.json as API Gateway would after the authorizer. */
class EnrollmentApiHandlerTest {
    private static final Env ENV = TestAws.function("EnrollmentFunction");
    private static final EnrollmentApiHandler HANDLER = new EnrollmentApiHandler(ENV);
    private static final DynamoStores STORES = DynamoStores.create(new AwsSettings(TestAws.all()), Clock.systemUTC());
    private static Caller unit;
    private static Caller otherUnit;

    @BeforeAll
    static void catalogAndUnits() {
        Catalogs.ensureIn(STORES.catalog);
        unit = unit("单位甲");
        otherUnit = unit("单位乙");
    }

    private static Caller unit(String name) {
        String id = "u-" + UUID.randomUUID();
        STORES.units.create(new Unit(id, "1503", name, "", "", false, "", "", "", "", "", "", "", "", "", null));
        return new Caller("op-" + id, Role.UNIT, id, "1503");
    }

    private static JsonNode call(String route, Map<String, String> path, Caller caller, Object body) {
        return Events.invoke(HANDLER, Events.api(route, path, caller, body));
    }

    private static String draftWithHospitalPlan() {
        return Events.body(call("POST /api/enrollments", Map.of(), unit, Map.of("plans",
                List.of(Map.of("planCode", "P0101", "shares", 1))))).path("id").asText();
    }

    @Test
    void createsReadsAndEditsADraft() {
        JsonNode created = call("POST /api/enrollments", Map.of(), unit, Map.of("newBusiness", false,
                "plans", List.of(Map.of("planCode", "P0101", "shares", 1), Map.of("planCode", "P0201", "shares", 2))));
        assertThat(created.path("statusCode").asInt()).isEqualTo(201);
        String id = Events.body(created).path("id").asText();
        JsonNode read = Events.body(call("GET /api/enrollments/{id}", Map.of("id", id), unit, null));
        assertThat(read.path("unitName").asText()).isEqualTo("单位甲");
        assertThat(read.path("plans")).extracting(p -> p.path("code").asText()).containsExactly("P0101", "P0201");

        JsonNode anonymous = call("PUT /api/enrollments/{id}/plans/{planCode}", Map.of("id", id, "planCode", "P0201"), unit,
                Map.of("anonymousCount", 5));
        assertThat(Events.body(anonymous).path("plans").get(1).path("totalFee").asText()).isEqualTo("360.00");
        JsonNode twice = call("POST /api/enrollments/{id}/plans", Map.of("id", id), unit, Map.of("planCode", "P0201", "shares", 1));
        assertThat(twice.path("statusCode").asInt()).isEqualTo(400);
        assertThat(Events.body(twice).path("code").asText()).isEqualTo("PLAN_DUPLICATE");
        JsonNode tooMany = call("PUT /api/enrollments/{id}/plans/{planCode}", Map.of("id", id, "planCode", "P0201"), unit,
                Map.of("shares", 4));
        assertThat(Events.body(tooMany).path("message").asText()).isEqualTo("「职工重疾(会费36元)」的份数应在1到3份之间");
    }

    @Test
    void refusesSubmissionWithEveryReason() {
        String id = draftWithHospitalPlan();
        JsonNode refused = call("POST /api/enrollments/{id}/submit", Map.of("id", id), unit, null);
        assertThat(refused.path("statusCode").asInt()).isEqualTo(400);
        JsonNode body = Events.body(refused);
        assertThat(body.path("code").asText()).isEqualTo("SUBMISSION_INCOMPLETE");
        assertThat(body.path("details")).extracting(d -> d.path("message").asText()).containsExactly(
                "请填写在职职工人数", "请填写在职女职工人数", "「住院医疗(A方案)(会费95元)」没有参保人员，请导入人员清单或新增无名单");
    }

    @Test
    void anotherUnitGetsNotFoundAndTheOfficeIsTurnedAway() {
        String id = draftWithHospitalPlan();
        JsonNode foreign = call("GET /api/enrollments/{id}", Map.of("id", id), otherUnit, null);
        assertThat(foreign.path("statusCode").asInt()).isEqualTo(404);
        assertThat(Events.body(foreign).path("message").asText()).isEqualTo("参保单不存在");
        JsonNode reviewer = call("GET /api/enrollments/{id}", Map.of("id", id), new Caller("r", Role.REVIEWER, null, "1503"), null);
        assertThat(reviewer.path("statusCode").asInt()).isEqualTo(403);
        JsonNode nobody = call("GET /api/enrollments/{id}", Map.of("id", id), null, null);
        assertThat(nobody.path("statusCode").asInt()).isEqualTo(401);
    }

    @Test
    void badInputGetsACodeAndAChineseMessage() {
        var event = Events.api("POST /api/enrollments", Map.of(), unit, null);
        event.put("body", "{not json");
        JsonNode response = Events.invoke(HANDLER, event);
        assertThat(response.path("statusCode").asInt()).isEqualTo(400);
        assertThat(Events.body(response).path("message").asText()).isEqualTo("请求内容不是有效的JSON");
        JsonNode unknownPlan = call("POST /api/enrollments", Map.of(), unit, Map.of("plans",
                List.of(Map.of("planCode", "NOPE", "shares", 1))));
        assertThat(Events.body(unknownPlan).path("message").asText()).isEqualTo("保障活动细类NOPE不存在");
    }
}
