package cn.huzhu.adapter.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.huzhu.domain.catalog.ActivityType;
import cn.huzhu.domain.common.KeyRing;
import cn.huzhu.domain.enrollment.Coverage;
import cn.huzhu.domain.enrollment.Member;
import cn.huzhu.domain.identity.PersonKeys;
import cn.huzhu.domain.roster.Person;
import cn.huzhu.testing.World;

/** After a new person key became current, the tool moves people made with the old one: found again, none left behind. */
class PersonRekeyTest {
    private final World world = new World();

    @Test
    void membersAndTheirCoverageAreFoundUnderTheNewKeyAndNothingStaysUnderTheOld() {
        String old = "o" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
        String next = "n" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
        PersonKeys before = new PersonKeys(KeyRing.of(old, Map.of(old, "the-old-person-key-0123456789abcdef"), "people"));
        PersonKeys after = new PersonKeys(KeyRing.of(next, Map.of(old, "the-old-person-key-0123456789abcdef",
                next, "the-new-person-key-0123456789abcdef"), "people"));
        String enrollment = "rekey-" + UUID.randomUUID();
        List<Person> people = World.women(3);
        LocalDate start = LocalDate.of(2026, 12, 2);
        for (Person p : people) {
            String key = before.of(p.idType(), p.idNumber());
            world.stores.members.putAll(List.of(new Member(enrollment, "P0501", key, p, start, null, "", world.clock.instant())));
            world.stores.coverage.recordAll(List.of(new Coverage(ActivityType.FEMALE_DISEASE, key, start,
                    start.plusYears(2).minusDays(1), enrollment, "P0501")));
        }

        PersonRekey.Report report = new PersonRekey(world.stores.table).run(after, old);

        assertThat(report.members()).isEqualTo(3);
        assertThat(report.coverages()).isEqualTo(3);
        for (Person p : people) {
            String oldKey = before.of(p.idType(), p.idNumber());
            String newKey = after.of(p.idType(), p.idNumber());
            assertThat(world.stores.members.find(enrollment, "P0501", newKey)).get().extracting(m -> m.person().name())
                    .isEqualTo(p.name());
            assertThat(world.stores.members.find(enrollment, "P0501", oldKey)).isEmpty();
            assertThat(world.stores.coverage.latest(List.of(newKey), ActivityType.FEMALE_DISEASE)).containsKey(newKey);
            assertThat(world.stores.coverage.latest(List.of(oldKey), ActivityType.FEMALE_DISEASE)).isEmpty();
        }
        assertThat(world.stores.members.count(enrollment, "P0501").named()).isEqualTo(3);
        assertThat(new PersonRekey(world.stores.table).run(after, old)).as("a second run finds nothing left")
                .isEqualTo(new PersonRekey.Report(0, 0, 0));
    }
}
