package cn.huzhu.local;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;


import cn.huzhu.testing.RosterFiles;
import cn.huzhu.testing.TestIds;

/** Businesses brought through the steps over HTTP, as the unit, the reviewer and finance would. */
final class Businesses {
    static final String PASSWORD = "huzhu2025";

    private Businesses() {
    }

    /** 8 women in 女工特病 with 2 shares (400 to pay), imported from a roster, submitted and approved. */
    static String approved(ApiClient unit, String namePrefix, LocalDate birth) {
        String id = unit.post("/api/enrollments", Map.of("plans", List.of(Map.of("planCode", "NT01", "shares", 2))))
                .expect(201).body().path("id").asText();
        RosterFiles roster = RosterFiles.withTemplateHeader();
        for (int i = 0; i < 8; i++) {
            roster.person(namePrefix + "甲乙丙丁戊己庚辛".charAt(i), TestIds.woman(birth, i));
        }
        unit.importRoster(id, "NT01", "女工名单.xlsx", roster.xlsx());
        unit.put("/api/enrollments/" + id, Map.of("employeeCount", 20, "femaleEmployeeCount", 8)).expect(200);
        unit.post("/api/enrollments/" + id + "/submit", null).expect(200);
        RunningSystem.client().login("reviewer1", PASSWORD).post("/api/office/enrollments/" + id + "/approve", null).expect(200);
        return id;
    }

    /** The same, its one invoice submitted, paid and confirmed, and the work after confirmation done. */
    static String confirmed(ApiClient unit, String namePrefix, LocalDate birth) {
        String id = approved(unit, namePrefix, birth);
        unit.post("/api/invoicing/" + id + "/invoices", Map.of("source", "会员自付", "title", namePrefix + "全体会员",
                "payerEmail", "pay-" + id + "@example.cn", "lines", List.of(Map.of("planCode", "NT01", "persons", 8,
                        "unitPrice", "50")))).expect(201);
        unit.post("/api/invoicing/" + id + "/submit", null).expect(200);
        ApiClient finance = RunningSystem.client().login("finance1", PASSWORD);
        finance.post("/api/office/payments/" + id + "/confirm", Map.of("amount", "400", "receivedOn",
                LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), "bankReference", "B-" + id)).expect(200);
        finance.await("/api/office/payments/" + id,
                v -> v.path("settlement").path("fulfilment").path("status").asText().equals("DONE"), Duration.ofSeconds(60));
        return id;
    }
}
