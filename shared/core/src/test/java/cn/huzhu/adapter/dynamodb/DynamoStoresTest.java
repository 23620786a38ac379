package cn.huzhu.adapter.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.app.Ids;
import cn.huzhu.app.port.EnrollmentStore;
import cn.huzhu.app.port.IdempotencyStore;
import cn.huzhu.app.port.Page;
import cn.huzhu.app.port.Superseded;
import cn.huzhu.domain.account.Account;
import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.catalog.ActivityType;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.enrollment.Coverage;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentAction;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.enrollment.EnrollmentState;
import cn.huzhu.domain.enrollment.Member;
import cn.huzhu.domain.enrollment.MemberStats;
import cn.huzhu.domain.identity.Gender;
import cn.huzhu.domain.identity.IdDocumentType;
import cn.huzhu.domain.roster.Occupation;
import cn.huzhu.domain.roster.Person;
import cn.huzhu.domain.unit.Unit;
import cn.huzhu.testing.Catalogs;
import cn.huzhu.testing.TestAws;
import cn.huzhu.testing.TestIds;

/** The DynamoDB adapters against dynalite, through the table template.yaml declares. */
class DynamoStoresTest {
    private static final DynamoTable TABLE = DynamoTable.create(new AwsSettings(TestAws.all()));
    private static final Instant NOW = Instant.parse("2025-11-25T07:00:00Z");
    private final Ids ids = new Ids(Clock.systemUTC());

    @Test
    void accountsAreCreatedOnceAndUpdatedOptimistically() {
        DynamoAccountStore accounts = new DynamoAccountStore(TABLE);
        String username = "u" + UUID.randomUUID().toString().substring(0, 8);
        Account account = Account.create(username, "单位", Role.UNIT, "unit-" + username, "1503", "hash", true);
        accounts.create(account);
        assertThatThrownBy(() -> accounts.create(account)).hasMessageContaining("已存在");
        Account stored = accounts.find(username.toUpperCase()).orElseThrow();
        assertThat(stored.mustChangePassword()).isTrue();
        accounts.update(stored.succeededLogin().rehashed("hash2"));
        assertThatThrownBy(() -> accounts.update(stored.disabled(true)))
                .isInstanceOf(DomainException.class).hasMessageContaining("已被修改");
        assertThat(accounts.find(username).orElseThrow().passwordHash()).isEqualTo("hash2");
        assertThat(accounts.forUnit("unit-" + username)).extracting(Account::username).containsExactly(username);
    }

    @Test
    void unitsAreListedByNameWithinTheirOrg() {
        DynamoUnitStore units = new DynamoUnitStore(TABLE);
        String org = "T" + UUID.randomUUID().toString().substring(0, 6);
        for (String name : List.of("乙单位", "甲单位", "甲测试工会")) {
            units.create(new Unit(ids.next(), org, name, "", "", false, "", "", "", "", "", "", "", "", "", null));
        }
        assertThat(units.list(org, "", null, 10).items()).extracting(Unit::name).containsExactly("乙单位", "甲单位", "甲测试工会");
        assertThat(units.list(org, "甲", null, 10).items()).extracting(Unit::name).containsExactly("甲单位", "甲测试工会");
        Page<Unit> first = units.list(org, "", null, 2);
        assertThat(first.items()).hasSize(2);
        assertThat(units.list(org, "", first.next(), 2).items()).extracting(Unit::name).containsExactly("甲测试工会");
    }

    @Test
    void enrollmentsRoundTripAndQueueByStateOldestFirst() {
        DynamoEnrollmentStore store = new DynamoEnrollmentStore(TABLE);
        String unit = "unit-" + ids.next();
        String org = "Q" + UUID.randomUUID().toString().substring(0, 6);
        List<Enrollment> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Enrollment e = Enrollment.draft(ids.next(), "PRT" + ids.next(), unit, "测试单位", org, NOW.plusSeconds(i), "op",
                    false, List.of(EnrollmentPlan.chosen(Catalogs.hospital(), 1)));
            e.setAnonymousCount("P0101", 2);
            e.updateDetails(false, 5, 2, "说明" + i);
            store.create(e);
            created.add(e);
        }
        Enrollment read = store.find(created.get(0).id()).orElseThrow();
        assertThat(read.plans()).singleElement().satisfies(row -> {
            assertThat(row.chosen()).isEqualTo(Catalogs.hospital());
            assertThat(row.anonymousCount()).isEqualTo(2);
        });
        assertThat(read.note()).isEqualTo("说明0");
        assertThat(store.findByApplicationNo(read.applicationNo())).map(Enrollment::id).contains(read.id());

        for (int i = 2; i >= 0; i--) {
            Enrollment e = store.find(created.get(i).id()).orElseThrow();
            e.apply(EnrollmentAction.SUBMIT, "op", Role.UNIT, null, NOW.plusSeconds(100 - i));
            store.update(e);
        }
        Page<Enrollment> queue = store.inStates(new EnrollmentStore.QueueQuery(org, Set.of(EnrollmentState.SUBMITTED), false,
                null, null, null, null, 10));
        assertThat(queue.items()).extracting(Enrollment::id)
                .containsExactly(created.get(2).id(), created.get(1).id(), created.get(0).id());
        assertThat(queue.total()).isEqualTo(3);
        Page<Enrollment> window = store.inStates(new EnrollmentStore.QueueQuery(org, Set.of(EnrollmentState.SUBMITTED), false,
                unit, NOW.plusSeconds(99), NOW.plusSeconds(100), null, 10));
        assertThat(window.items()).extracting(Enrollment::id).containsExactly(created.get(1).id(), created.get(0).id());
        assertThat(store.inStates(new EnrollmentStore.QueueQuery(org, Set.of(EnrollmentState.DRAFT), false, null, null, null,
                null, 10)).items()).isEmpty();
        assertThat(store.forUnit(unit, null, 2).items()).extracting(Enrollment::id)
                .containsExactly(created.get(2).id(), created.get(1).id());
    }

    @Test
    void severalStatesPageTogetherNewestFirstWithoutLosingOrRepeatingOne() {
        DynamoEnrollmentStore store = new DynamoEnrollmentStore(TABLE);
        String org = "M" + ids.next().substring(10);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Enrollment e = Enrollment.draft(ids.next(), "PRT" + ids.next(), "u-merge", "单位", org, NOW, "op", false,
                    List.of(EnrollmentPlan.chosen(Catalogs.hospital(), 1)));
            e.setAnonymousCount("P0101", 1);
            e.updateDetails(false, 5, 1, "");
            store.create(e);
            e.apply(EnrollmentAction.SUBMIT, "op", Role.UNIT, null, NOW.plusSeconds(i));
            if (i % 3 == 1) {
                e.apply(EnrollmentAction.APPROVE, "r", Role.REVIEWER, null, NOW.plusSeconds(i));
            } else if (i % 3 == 2) {
                e.apply(EnrollmentAction.RETURN, "r", Role.REVIEWER, "退回", NOW.plusSeconds(i));
            }
            store.update(e);
            expected.add(0, e.id());
        }
        Set<EnrollmentState> states = Set.of(EnrollmentState.SUBMITTED, EnrollmentState.APPROVED, EnrollmentState.RETURNED);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Page<Enrollment> page = store.inStates(new EnrollmentStore.QueueQuery(org, java.util.EnumSet.copyOf(states), true,
                    null, null, null, cursor, 2));
            assertThat(page.total()).isEqualTo(7);
            page.items().forEach(e -> seen.add(e.id()));
            cursor = page.next();
        } while (cursor != null);
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void aTamperedCursorIsRefusedAsSuch() {
        DynamoEnrollmentStore store = new DynamoEnrollmentStore(TABLE);
        java.util.function.Function<String, String> b64 = json -> java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (String cursor : List.of("null", "%%%", b64.apply("null"), b64.apply("[]"), b64.apply("{\"GSI1PK\":\"UNITENR#u\"}"),
                b64.apply("{\"PK\":\"ENR#x\",\"SK\":\"ENR\",\"GSI1PK\":\"UNITENR#other\",\"GSI1SK\":\"a\"}"))) {
            assertThatThrownBy(() -> store.forUnit("u", cursor, 5)).as(cursor).isInstanceOf(DomainException.class)
                    .hasMessageContaining("分页参数无效");
        }
    }

    @Test
    void aStaleEnrollmentIsNotWrittenOverANewerOne() {
        DynamoEnrollmentStore store = new DynamoEnrollmentStore(TABLE);
        Enrollment e = Enrollment.draft(ids.next(), "PRT" + ids.next(), "u", "单位", "1503", NOW, "op", false,
                List.of(EnrollmentPlan.chosen(Catalogs.hospital(), 1)));
        store.create(e);
        Enrollment first = store.find(e.id()).orElseThrow();
        Enrollment second = store.find(e.id()).orElseThrow();
        first.setAnonymousCount("P0101", 1);
        store.update(first);
        second.setAnonymousCount("P0101", 9);
        assertThatThrownBy(() -> store.update(second)).isInstanceOf(DomainException.class)
                .extracting(ex -> ((DomainException) ex).code()).isEqualTo("CONCURRENT_UPDATE");
        assertThat(store.find(e.id()).orElseThrow().requirePlan("P0101").anonymousCount()).isEqualTo(1);
    }

    @Test
    void membersAreOnePerPersonAndPlanAndCanBeSearchedAndCounted() {
        DynamoMemberStore members = new DynamoMemberStore(TABLE);
        String enrollment = ids.next();
        List<Member> batch = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String id = TestIds.man(LocalDate.of(1980, 1, 1).plusDays(i), i);
            Occupation occupation = i % 10 == 0 ? Occupation.HIGH_RISK : Occupation.GENERAL;
            Person person = new Person(i == 7 ? "张小明" : "员工" + (char) ('甲' + i), IdDocumentType.RESIDENT_ID, id,
                    Gender.MALE, LocalDate.of(1980, 1, 1), "13800000000", occupation, "");
            batch.add(new Member(enrollment, "P0101", "key-" + i, person, LocalDate.of(2025, 11, 26),
                    i < 3 ? LocalDate.of(2026, 1, 31) : null, "b1", NOW));
        }
        members.putAll(batch);
        members.putAll(batch.subList(0, 5));
        assertThat(members.count(enrollment, "P0101")).isEqualTo(new MemberStats(60, 6, 3));

        Page<Member> first = members.list(enrollment, "P0101", "", false, null, 25);
        Page<Member> second = members.list(enrollment, "P0101", "", false, first.next(), 25);
        assertThat(first.items()).hasSize(25);
        assertThat(second.items()).hasSize(25).doesNotContainAnyElementsOf(first.items());
        assertThat(members.list(enrollment, "P0101", "小明", false, null, 25).items()).extracting(m -> m.person().name())
                .containsExactly("张小明");
        assertThat(members.findAll(enrollment, "P0101", List.of("key-12", "key-99"))).singleElement()
                .extracting(m -> m.person().idNumber()).isEqualTo(batch.get(12).person().idNumber());
        assertThat(members.list(enrollment, "P0101", "", true, null, 25).items()).hasSize(3);

        assertThat(members.remove(enrollment, "P0101", batch.get(0).key())).contains(batch.get(0));
        assertThat(members.remove(enrollment, "P0101", batch.get(0).key())).isEmpty();
        assertThat(members.find(enrollment, "P0101", batch.get(0).key())).isEmpty();
        assertThat(members.insert(batch.get(1))).isFalse();
        assertThat(members.insert(batch.get(0))).isTrue();
        Member renamed = new Member(enrollment, "P0101", "key-1", new Person("改名", IdDocumentType.RESIDENT_ID,
                batch.get(1).person().idNumber(), Gender.MALE, LocalDate.of(1980, 1, 1), "", Occupation.GENERAL, ""),
                LocalDate.of(2025, 11, 26), null, "", NOW);
        assertThat(members.put(renamed)).contains(batch.get(1));
        assertThat(members.find(enrollment, "P0101", batch.get(1).key())).map(m -> m.person().idNumber())
                .contains(batch.get(1).person().idNumber());
        members.deleteAll(enrollment, "P0101");
        assertThat(members.count(enrollment, "P0101")).isEqualTo(MemberStats.NONE);
    }

    @Test
    void coverageKeepsTheLatestEndPerPersonAndType() {
        DynamoCoverageStore coverage = new DynamoCoverageStore(TABLE);
        String person = UUID.randomUUID().toString().replace("-", "");
        coverage.record(new Coverage(ActivityType.HOSPITAL, person, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "e1", "P0101"));
        coverage.record(new Coverage(ActivityType.HOSPITAL, person, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "e0", "P0101"));
        coverage.record(new Coverage(ActivityType.ACCIDENT, person, LocalDate.of(2025, 3, 1), LocalDate.of(2026, 2, 28), "e2", "P0401"));
        Map<String, Map<ActivityType, LocalDate>> found = coverage.lastDays(List.of(person, "nobody"),
                Set.of(ActivityType.HOSPITAL, ActivityType.FEMALE_DISEASE));
        assertThat(found).containsOnlyKeys(person);
        assertThat(found.get(person)).containsExactly(Map.entry(ActivityType.HOSPITAL, LocalDate.of(2025, 12, 31)));
    }

    @Test
    void coverCutShortEndsOnlyWhereTheStoredCoverIsThatEnrollments() {
        DynamoCoverageStore coverage = new DynamoCoverageStore(TABLE);
        List<String> persons = IntStream.range(0, 20).mapToObj(i -> UUID.randomUUID().toString().replace("-", "")).toList();
        LocalDate start = LocalDate.of(2026, 1, 1);
        LocalDate end = LocalDate.of(2026, 12, 31);
        coverage.recordAll(persons.stream().map(p -> new Coverage(ActivityType.HOSPITAL, p, start, end, "e1", "P0101")).toList());
        String coveredLater = persons.get(7);
        coverage.record(new Coverage(ActivityType.HOSPITAL, coveredLater, end.plusDays(1), end.plusYears(1), "e2", "P0101"));

        LocalDate died = LocalDate.of(2026, 5, 4);
        coverage.endEarly(persons.stream().map(p -> new Coverage(ActivityType.HOSPITAL, p, start, died, "e1", "P0101")).toList());

        Map<String, Coverage> stored = coverage.latest(persons, ActivityType.HOSPITAL);
        assertThat(stored.get(coveredLater).endsOn()).as("another enrollment's cover stays").isEqualTo(end.plusYears(1));
        assertThat(persons.stream().filter(p -> !p.equals(coveredLater)).map(p -> stored.get(p).endsOn()))
                .hasSize(19).containsOnly(died);
    }

    @Test
    void twoConfirmationsOfTheSamePersonsAtOnceLeaveTheLaterEndWhicheverWritesLast() throws Exception {
        DynamoCoverageStore coverage = new DynamoCoverageStore(TABLE);
        LocalDate later = LocalDate.of(2028, 12, 31);
        LocalDate earlier = LocalDate.of(2027, 12, 31);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                List<String> persons = new ArrayList<>();
                for (int i = 0; i < 30; i++) {
                    persons.add(UUID.randomUUID().toString().replace("-", ""));
                }
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<?>> confirmations = new ArrayList<>();
                for (LocalDate end : List.of(later, earlier)) {
                    confirmations.add(pool.submit(() -> {
                        together.await();
                        coverage.recordAll(persons.stream().map(person -> new Coverage(ActivityType.HOSPITAL, person,
                                end.minusYears(1).plusDays(1), end, "e" + end.getYear(), "P0101")).toList());
                        return null;
                    }));
                }
                for (Future<?> confirmation : confirmations) {
                    confirmation.get(30, TimeUnit.SECONDS);
                }
                Map<String, Map<ActivityType, LocalDate>> found = coverage.lastDays(persons, Set.of(ActivityType.HOSPITAL));
                assertThat(persons).as("round %d", round)
                        .allSatisfy(person -> assertThat(found.get(person)).containsEntry(ActivityType.HOSPITAL, later));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void idempotencyClaimsOnceAndLetsAStaleClaimBeTakenOverByAHolderOfItsOwn() {
        DynamoIdempotencyStore store = new DynamoIdempotencyStore(TABLE, Clock.fixed(NOW, ZoneOffset.UTC));
        String key = "test:" + ids.next();
        IdempotencyStore.Claimed first = store.claim(key, Duration.ofMinutes(1));
        assertThat(first.state()).isEqualTo(IdempotencyStore.Claim.ACQUIRED);
        assertThat(store.claim(key, Duration.ofMinutes(1)).state()).isEqualTo(IdempotencyStore.Claim.IN_PROGRESS);
        DynamoIdempotencyStore later = new DynamoIdempotencyStore(TABLE, Clock.fixed(NOW.plusSeconds(120), ZoneOffset.UTC));
        IdempotencyStore.Claimed takeover = later.claim(key, Duration.ofMinutes(1));
        assertThat(takeover.state()).isEqualTo(IdempotencyStore.Claim.ACQUIRED);

        assertThatThrownBy(first.held()::heartbeat).as("the first holder learns it was taken over")
                .isInstanceOf(Superseded.class);
        first.held().release();
        assertThat(store.claim(key, Duration.ofMinutes(1)).state()).as("its release leaves the new holder's claim")
                .isEqualTo(IdempotencyStore.Claim.IN_PROGRESS);
        assertThatThrownBy(first.held()::complete).isInstanceOf(Superseded.class);
        takeover.held().heartbeat();
        takeover.held().complete();
        assertThat(store.claim(key, Duration.ofMinutes(1)).state()).isEqualTo(IdempotencyStore.Claim.ALREADY_DONE);

        String released = "test:" + ids.next();
        store.claim(released, Duration.ofMinutes(1)).held().release();
        assertThat(store.claim(released, Duration.ofMinutes(1)).state()).isEqualTo(IdempotencyStore.Claim.ACQUIRED);
    }

    @Test
    void oneHoldersHeartbeatsFromSeveralThreadsAtOnceAreNotTakenForATakeover() throws Exception {
        DynamoIdempotencyStore store = new DynamoIdempotencyStore(TABLE, Clock.systemUTC());
        String key = "test:" + ids.next();
        IdempotencyStore.Claimed claimed = store.claim(key, Duration.ofMinutes(1));
        assertThat(claimed.state()).isEqualTo(IdempotencyStore.Claim.ACQUIRED);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CyclicBarrier together = new CyclicBarrier(4);
            List<Future<?>> beats = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                beats.add(pool.submit(() -> {
                    together.await();
                    for (int i = 0; i < 5; i++) {
                        claimed.held().heartbeat();
                    }
                    return null;
                }));
            }
            for (Future<?> each : beats) {
                each.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.claim(key, Duration.ofMinutes(1)).state()).as("still held").isEqualTo(IdempotencyStore.Claim.IN_PROGRESS);
        claimed.held().complete();
        assertThatThrownBy(claimed.held()::heartbeat).as("a finished claim shows no more life").isInstanceOf(Superseded.class);
    }

    @Test
    void sequencesNoncesAndSettings() {
        DynamoSequenceStore sequences = new DynamoSequenceStore(TABLE);
        String name = "test-" + ids.next();
        assertThat(List.of(sequences.next(name), sequences.next(name), sequences.next(name))).containsExactly(1L, 2L, 3L);

        DynamoUsedNonces nonces = new DynamoUsedNonces(TABLE);
        String nonce = ids.next();
        assertThat(nonces.useOnce(nonce, NOW)).isTrue();
        assertThat(nonces.useOnce(nonce, NOW)).isFalse();

        DynamoSettingsStore settings = new DynamoSettingsStore(TABLE, Clock.systemUTC(), Duration.ofMinutes(1));
        var defaults = settings.get("1503");
        assertThat(defaults.payee().accountNo()).isEqualTo("232554192616");
        assertThat(defaults.limits().rosterMaxRows()).isEqualTo(300_000);
    }
}
