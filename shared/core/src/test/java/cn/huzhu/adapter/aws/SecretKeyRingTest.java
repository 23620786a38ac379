package cn.huzhu.adapter.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.huzhu.testing.TestAws;

/** Key rings in the Secrets Manager emulator, rotated as the README says, seen by a container that keeps running. */
class SecretKeyRingTest {
    private final AwsJsonCall secrets = AwsJsonCall.secretsManager(new AwsSettings(TestAws.all()));

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T00:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void aRotationReachesARunningContainerAndAKeyItHasNotSeenIsLookedUpAtOnce() {
        String name = "ring-" + UUID.randomUUID();
        String first = "a".repeat(40);
        String second = "b".repeat(40);
        secrets.call("CreateSecret", Map.of("Name", name, "SecretString", "{\"current\":\"1\",\"1\":\"" + first + "\"}"));
        MovableClock clock = new MovableClock();
        SecretKeyRing ring = new SecretKeyRing(secrets, name, "test ring", clock);
        assertThat(ring.current().id()).isEqualTo("1");
        secrets.call("PutSecretValue", Map.of("SecretId", name, "SecretString",
                "{\"current\":\"2\",\"1\":\"" + first + "\",\"2\":\"" + second + "\"}"));
        assertThat(ring.current().id()).as("until its next read").isEqualTo("1");
        // another container signed with key 2 already: naming it makes this one read the secret at once
        assertThat(ring.byId("2")).isPresent();
        assertThat(ring.current().id()).isEqualTo("2");
        assertThat(ring.byId("1")).isPresent();
        assertThat(ring.byId("9")).as("unknown, and looked up at most every half minute").isEmpty();
    }

    @Test
    void aRingIsReadAtItsFirstUseAndAnUnreadableSecretFailsThatUseOnly() {
        String name = "ring-" + UUID.randomUUID();
        SecretKeyRing ring = new SecretKeyRing(secrets, name, "test ring", new MovableClock());
        assertThatThrownBy(ring::current).as("no secret yet: the use fails, nothing was read at start")
                .isInstanceOf(RuntimeException.class);
        secrets.call("CreateSecret", Map.of("Name", name, "SecretString", "{\"current\":\"7\",\"7\":\"" + "d".repeat(40)
                + "\"}"));
        assertThat(ring.current().id()).as("the next use reads it").isEqualTo("7");
        assertThat(ring.byId("7")).isPresent();
    }

    @Test
    void aRingKeepsItsKeysWhenTheSecretCannotBeReadAgain() {
        String name = "ring-" + UUID.randomUUID();
        secrets.call("CreateSecret", Map.of("Name", name, "SecretString", "{\"current\":\"1\",\"1\":\"" + "c".repeat(40)
                + "\"}"));
        MovableClock clock = new MovableClock();
        SecretKeyRing ring = new SecretKeyRing(secrets, name, "test ring", clock);
        byte[] before = ring.current().of("test", "text");
        secrets.call("PutSecretValue", Map.of("SecretId", name, "SecretString", "not a key ring"));
        clock.pass(Duration.ofMinutes(10));
        assertThat(ring.current().of("test", "text")).isEqualTo(before);
    }
}
