package cn.huzhu.local;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.testing.RosterFiles;
import cn.huzhu.testing.TestIds;

/** Businesses brought through the steps over HTTP, as the unit, the reviewer and finance would. */
final class Businesses {
    static final String PASSWORD = "huzhu2025";

    private Businesses() {
    }

    /** 8 women in 女工特病 with 2 shares (400 to pay), imported from a roster, submitted and approved. */
    static String approved(ApiClient unit, String namePrefix, LocalDate birth) {
        return approved(unit, namePrefix, birth, 0);
    }

    private static String approved(ApiClient unit, String namePrefix, LocalDate birth, int anonymous) {
        String id = submitted(unit, namePrefix, birth, anonymous);
        RunningSystem.client().login("reviewer1", PASSWORD).post("/api/office/enrollments/" + id + "/approve", null).expect(200);
        return id;
    }

    /** The same, waiting for the office's review. */
    static String submitted(ApiClient unit, String namePrefix, LocalDate birth) {
        return submitted(unit, namePrefix, birth, 0);
    }

    /** With anonymous above 0, also 职工重疾 (1 share) for that many 无名单. */
    private static String submitted(ApiClient unit, String namePrefix, LocalDate birth, int anonymous) {
        return submitted(unit, namePrefix, birth, anonymous, "NT01", 2);
    }

    private static String submitted(ApiClient unit, String namePrefix, LocalDate birth, int anonymous, String planCode,
            int shares) {
        List<Map<String, Object>> plans = new ArrayList<>(List.of(Map.of("planCode", planCode, "shares", shares)));
        if (anonymous > 0) {
            plans.add(Map.of("planCode", "ZJ01", "shares", 1));
        }
        String id = unit.post("/api/enrollments", Map.of("plans", plans)).expect(201).body().path("id").asText();
        RosterFiles roster = RosterFiles.withTemplateHeader();
        for (int i = 0; i < 8; i++) {
            roster.person(namePrefix + "甲乙丙丁戊己庚辛".charAt(i), TestIds.woman(birth, i));
        }
        unit.importRoster(id, planCode, "女工名单.xlsx", roster.xlsx());
        if (anonymous > 0) {
            unit.put("/api/enrollments/" + id + "/plans/ZJ01", Map.of("anonymousCount", anonymous)).expect(200);
        }
        unit.put("/api/enrollments/" + id, Map.of("employeeCount", 20, "femaleEmployeeCount", 8)).expect(200);
        unit.post("/api/enrollments/" + id + "/submit", null).expect(200);
        return id;
    }

    /** An approved one with its one invoice (会员自付, the payer mailed at pay-{id}@example.cn) submitted: 待缴费. */
    static String invoiced(ApiClient unit, String namePrefix, LocalDate birth, int anonymous) {
        String id = approved(unit, namePrefix, birth, anonymous);
        invoice(unit, id, namePrefix);
        return id;
    }

    /** One invoice (会员自付) for all an approved business owes, each plan at its 人均, submitted. */
    static void invoice(ApiClient unit, String id, String namePrefix) {
        JsonNode desk = unit.get("/api/invoicing/" + id).expect(200).body();
        List<Map<String, Object>> lines = new ArrayList<>();
        for (JsonNode plan : desk.path("details")) {
            BigDecimal perPerson = new BigDecimal(plan.path("remaining").asText()).divide(BigDecimal.valueOf(plan.path("persons").asInt()));
            lines.add(Map.of("planCode", plan.path("planCode").asText(), "persons", plan.path("persons").asInt(),
                    "unitPrice", perPerson.toPlainString()));
        }
        unit.post("/api/invoicing/" + id + "/invoices", Map.of("source", "会员自付", "title", namePrefix + "全体会员",
                "payerEmail", "pay-" + id + "@example.cn", "lines", lines)).expect(201);
        unit.post("/api/invoicing/" + id + "/submit", null).expect(200);
    }

    /** The 缴款识别码 of a 待缴费 business, its 缴费通知单 printed by the unit to get it. */
    static String noticeReference(ApiClient unit, String id) {
        unit.post("/api/documents/notices/" + id + "/print", null).expect(200);
        String applicationNo = unit.get("/api/enrollments/" + id).expect(200).body().path("applicationNo").asText();
        return unit.get("/api/documents/notices?applicationNo=" + applicationNo).expect(200).body().path("items").get(0)
                .path("reference").asText();
    }

    /** 8 women in 住院医疗(A方案) (ZY01, 1 share), approved, invoiced, paid and confirmed, the work after it done. */
    static String confirmedHospital(ApiClient unit, String namePrefix, LocalDate birth) {
        String id = submitted(unit, namePrefix, birth, 0, "ZY01", 1);
        RunningSystem.client().login("reviewer1", PASSWORD).post("/api/office/enrollments/" + id + "/approve", null).expect(200);
        invoice(unit, id, namePrefix);
        confirmPayment(unit, id);
        return id;
    }

    /** The approved one, its one invoice submitted, paid and confirmed, and the work after confirmation done. */
    static String confirmed(ApiClient unit, String namePrefix, LocalDate birth) {
        return confirmed(unit, namePrefix, birth, 0);
    }

    /** The same with 职工重疾 for that many 无名单 beside the 8 women, invoiced on the same invoice. */
    static String confirmed(ApiClient unit, String namePrefix, LocalDate birth, int anonymous) {
        String id = invoiced(unit, namePrefix, birth, anonymous);
        confirmPayment(unit, id);
        return id;
    }

    /** Finance confirms that a 待缴费 business's due arrived today, and waits for the work after confirmation. */
    static void confirmPayment(ApiClient unit, String id) {
        JsonNode desk = unit.get("/api/invoicing/" + id).expect(200).body();
        ApiClient finance = RunningSystem.client().login("finance1", PASSWORD);
        finance.post("/api/office/payments/" + id + "/confirm", Map.of("amount", desk.path("summary").path("payable").asText(),
                "receivedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), "bankReference", "B-" + id)).expect(200);
        finance.await("/api/office/payments/" + id,
                v -> v.path("settlement").path("fulfilment").path("status").asText().equals("DONE"), Duration.ofSeconds(60));
    }
}
