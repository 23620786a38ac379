package cn.huzhu.app.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import cn.huzhu.adapter.dynamodb.Query;
import cn.huzhu.app.auth.CaptchaCheck;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.account.CaptchaChallenge;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.roster.Person;
import cn.huzhu.testing.TestAws;
import cn.huzhu.testing.World;

/**
 * The public 参保查询 as an adversary uses it: guessing numbers from one address, asking about one person from many,
 * wrong names; every attempt is counted and recorded.
 */
class PublicCoverageLookupTest {
    private final World world = new World();
    private final CaptchaChallenge challenge = new CaptchaChallenge(TestAws.keys("TOKEN_KEYS"), Duration.ofMinutes(5));
    private final PublicCoverageLookup lookup = new PublicCoverageLookup(
            new CoverageQueries(world.stores.enrollments, world.stores.members, world.stores.claims, world.keys, world.clock),
            new CaptchaCheck(challenge, world.stores.nonces), world.stores.rateLimiter, world.stores.lookups,
            world.stores.settings, world.keys, "1503", world.clock);

    private PublicCoverageLookup.Request ask(String name, String number) {
        CaptchaChallenge.Issued issued = challenge.issue(Instant.now());
        return new PublicCoverageLookup.Request(name, number, issued.id(), issued.answer());
    }

    private static String address() {
        java.util.Random random = java.util.concurrent.ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256);
    }

    @Test
    void aMemberSeesTheirCoverAndAWrongNameAnswersLikeAnUnknownNumber() {
        Caller unit = world.newUnit("公众查询单位");
        List<Person> women = World.women(2);
        Enrollment e = world.confirmedWomen(unit, women);
        Person first = women.get(0);
        String from = address();

        PublicCoverageLookup.Answer found = lookup.lookup(ask(" " + first.name() + " ", first.idNumber().toLowerCase()), from);
        assertThat(found.covers()).hasSize(1);
        assertThat(found.covers().get(0).unitName()).isEqualTo("公众查询单位");
        assertThat(found.covers().get(0).startsOn()).isEqualTo(e.settlement().confirmation().effectiveOn());

        PublicCoverageLookup.Answer wrongName = lookup.lookup(ask(women.get(1).name(), first.idNumber()), from);
        PublicCoverageLookup.Answer unknown = lookup.lookup(ask(first.name(), World.women(1).get(0).idNumber()), from);
        assertThat(wrongName).isEqualTo(unknown);
        assertThat(unknown.covers()).isEmpty();
    }

    @Test
    void oneAddressAndOnePersonAreEachLimitedAndRefusalsAreCountedToo() {
        int perHour = world.stores.settings.get("1503").changes().lookupsPerHour();
        Person someone = World.women(1).get(0);
        String from = address();
        String hour = currentHour();
        long recordedBefore = recorded(hour);
        int refused = 0;
        for (int i = 0; i < perHour + 3; i++) {
            try {
                lookup.lookup(ask("某人", World.women(1).get(0).idNumber()), from);
            } catch (DomainException e) {
                assertThat(e.code()).isEqualTo("LOOKUP_RATE_LIMITED");
                refused++;
            }
        }
        assertThat(refused).as("guessing numbers from one address").isEqualTo(3);
        Assumptions.assumeTrue(hour.equals(currentHour()), "the hour turned while counting");
        assertThat(recorded(hour) - recordedBefore).as("every lookup recorded, the refused ones too")
                .isGreaterThanOrEqualTo(perHour + 3L);

        refused = 0;
        for (int i = 0; i < perHour + 2; i++) {
            try {
                lookup.lookup(ask(someone.name(), someone.idNumber()), address());
            } catch (DomainException e) {
                refused++;
            }
        }
        assertThat(refused).as("one person asked about from many addresses").isEqualTo(2);
    }

    private static String currentHour() {
        return Instant.now().atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).toLocalDateTime().toString();
    }

    private long recorded(String hour) {
        return world.stores.table.count(Query.on(null, "PK", "LOOKUP#" + hour).build());
    }

    @Test
    void aWrongCaptchaUsesItUpAndShowsNothing() {
        CaptchaChallenge.Issued issued = challenge.issue(Instant.now());
        PublicCoverageLookup.Request wrong = new PublicCoverageLookup.Request("某人", "370203199001011234", issued.id(), "0000");
        assertThatThrownBy(() -> lookup.lookup(wrong, address())).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("CAPTCHA_WRONG"));
        PublicCoverageLookup.Request again = new PublicCoverageLookup.Request("某人", "370203199001011234", issued.id(),
                issued.answer());
        assertThatThrownBy(() -> lookup.lookup(again, address())).hasMessageContaining("验证码");
        assertThatThrownBy(() -> lookup.lookup(null, address())).hasMessageContaining("验证码");
    }
}
