package cn.huzhu.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.testing.Events;

/**
 * 续保提醒 as deployed: the scheduled function answers the schedule's event, the office runs the same at once from its
 * settings page; neither mails a business whose cover ends a year from now, and only the reviewer may run it.
 */
class RemindersEndToEndTest {

    @Test
    void theScheduleAndTheOfficeRunTheRemindersAndNothingFarFromItsEndIsMailed() {
        ApiClient unit = RunningSystem.client().login("unit1", Businesses.PASSWORD);
        String id = Businesses.confirmed(unit, "提醒", LocalDate.of(1981, 1, 1));

        JsonNode daily = RunningSystem.get().functions().invoke("RenewalRemindersFunction", Events.load("schedule.json"));
        JsonNode scheduled = daily.path("reminders");
        assertThat(scheduled.path("looked").asInt()).isPositive();
        assertThat(daily.path("closedReturns").has("closed")).as("the day's claims left 退回补正 too long").isTrue();
        assertThat(scheduled.path("on").asText()).isEqualTo(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString());

        ApiClient reviewer = RunningSystem.client().login("reviewer1", Businesses.PASSWORD);
        JsonNode now = reviewer.post("/api/office/reminders/run", null).expect(200).body();
        assertThat(now.path("looked").asInt()).isGreaterThanOrEqualTo(scheduled.path("looked").asInt());
        assertThat(now.path("sent").asInt()).as("sent by the schedule already, or not due").isZero();
        assertThat(RunningSystem.client().login("finance1", Businesses.PASSWORD).post("/api/office/reminders/run", null)
                .status()).isEqualTo(403);
        assertThat(reviewer.get("/api/office/enrollments/" + id + "/mails").expect(200).body().findValuesAsText("kind"))
                .noneMatch(kind -> kind.startsWith("RENEWAL_REMINDER"));
    }
}
