package cn.huzhu.domain.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import cn.huzhu.domain.common.KeyedHash;

class PaymentReferenceTest {

    private static final KeyedHash KEY = new KeyedHash("payment-reference-test-key-0123456789abcdef", "test key");

    @Test
    void eachNoticeHasItsOwnShortCheckedReference() {
        Set<String> seen = new HashSet<>();
        for (long n = 1; n <= 50_000; n++) {
            String reference = PaymentReference.of(n, KEY);
            assertThat(reference).hasSize(6).doesNotContainPattern("[01IOSVZ]");
            assertThat(PaymentReference.valid(reference)).isTrue();
            assertThat(seen.add(reference)).isTrue();
        }
        assertThat(PaymentReference.valid(" " + PaymentReference.of(77, KEY).toLowerCase() + " ")).isTrue();
        assertThatThrownBy(() -> PaymentReference.of(0, KEY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PaymentReference.of(PaymentReference.COUNT + 1, KEY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PaymentReference.valid(PaymentReference.of(PaymentReference.COUNT, KEY))).isTrue();
    }

    @Test
    void referencesLookRandomAndDependOnTheKey() {
        List<String> first = LongStream.rangeClosed(1, 20).mapToObj(n -> PaymentReference.of(n, KEY)).toList();
        assertThat(first.get(0)).isNotEqualTo("222222");
        assertThat(first).noneMatch(reference -> reference.startsWith("2222"));
        // neighbours share no common prefix of three characters
        for (int i = 0; i + 1 < first.size(); i++) {
            assertThat(first.get(i + 1)).doesNotStartWith(first.get(i).substring(0, 3));
        }
        KeyedHash other = new KeyedHash("another-payment-reference-key-0123456789ab", "test key");
        assertThat(LongStream.rangeClosed(1, 20).mapToObj(n -> PaymentReference.of(n, other)).toList())
                .isNotEqualTo(first);
    }

    @Test
    void aReferenceIsReadHoweverABankOrPayerWroteIt() {
        String reference = PaymentReference.of(4242, KEY);
        String fullWidth = reference.chars().mapToObj(c -> String.valueOf((char) (c + 0xFEE0))).reduce("", String::concat);
        for (String written : List.of(reference.toLowerCase(), reference.substring(0, 3) + " " + reference.substring(3),
                fullWidth, "\u3000" + reference + "\t")) {
            assertThat(PaymentReference.normalize(written)).as(written).isEqualTo(reference);
            assertThat(PaymentReference.valid(written)).as(written).isTrue();
        }
    }

    @Test
    void anyOneWrongCharacterAndAnySwapOfNeighboursIsCaught() {
        String alphabet = PaymentReference.ALPHABET;
        for (long n : new long[] {1, 2, 999, 123_456, 20_511_149}) {
            String reference = PaymentReference.of(n, KEY);
            for (int i = 0; i < reference.length(); i++) {
                for (char c : alphabet.toCharArray()) {
                    if (c != reference.charAt(i)) {
                        String typo = reference.substring(0, i) + c + reference.substring(i + 1);
                        assertThat(PaymentReference.valid(typo)).as(typo).isFalse();
                    }
                }
            }
            for (int i = 0; i + 1 < reference.length(); i++) {
                if (reference.charAt(i) != reference.charAt(i + 1)) {
                    String swapped = reference.substring(0, i) + reference.charAt(i + 1) + reference.charAt(i)
                            + reference.substring(i + 2);
                    assertThat(PaymentReference.valid(swapped)).as(swapped).isFalse();
                }
            }
        }
        assertThat(PaymentReference.valid("AB1DE2")).isFalse();
        assertThat(PaymentReference.valid(null)).isFalse();
    }
}
