package cn.huzhu.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import cn.huzhu.domain.common.KeyRing;

class CaptchaChallengeTest {
    private static final Instant NOW = Instant.parse("2025-11-25T00:00:00Z");
    private final CaptchaChallenge challenge = new CaptchaChallenge(
            KeyRing.single("secret-secret-secret-secret-1234", "tokens"), Duration.ofMinutes(5));

    @Test
    void acceptsTheRightAnswerInAnyCaseUntilItExpires() {
        CaptchaChallenge.Issued issued = challenge.issue(NOW);
        assertThat(issued.answer()).hasSize(4).matches("[" + CaptchaChallenge.ALPHABET + "]+");
        assertThat(issued.id()).doesNotContain(issued.answer());
        assertThat(challenge.verify(issued.id(), issued.answer().toLowerCase(), NOW.plusSeconds(10))).isPresent();
        assertThat(challenge.answerOf(issued.id(), NOW)).contains(issued.answer());
        assertThat(challenge.verify(issued.id(), issued.answer(), NOW.plus(Duration.ofMinutes(5)))).isEmpty();
    }

    @Test
    void refusesWrongAnswersForgedIdsAndOtherSecrets() {
        CaptchaChallenge.Issued issued = challenge.issue(NOW);
        String wrong = issued.answer().charAt(0) == '3' ? "4444" : "3333";
        assertThat(challenge.verify(issued.id(), wrong, NOW)).isEmpty();
        assertThat(challenge.verify("x.y.z", issued.answer(), NOW)).isEmpty();
        String[] parts = issued.id().split("\\.");
        String extended = parts[0] + "." + parts[1] + "." + (Long.parseLong(parts[2]) + 3600) + "." + parts[3];
        assertThat(challenge.verify(extended, issued.answer(), NOW)).isEmpty();
        CaptchaChallenge other = new CaptchaChallenge(KeyRing.single("another-secret-another-secret-12", "tokens"),
                Duration.ofMinutes(5));
        assertThat(other.verify(issued.id(), issued.answer(), NOW)).isEmpty();
    }

    @Test
    void answersDifferBetweenChallenges() {
        long distinct = java.util.stream.IntStream.range(0, 50).mapToObj(i -> challenge.issue(NOW).answer()).distinct().count();
        assertThat(distinct).isGreaterThan(40);
    }
}
