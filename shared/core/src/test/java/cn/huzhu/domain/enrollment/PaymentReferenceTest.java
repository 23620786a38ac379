package cn.huzhu.domain.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PaymentReferenceTest {

    @Test
    void eachNoticeHasItsOwnShortCheckedReference() {
        Set<String> seen = new HashSet<>();
        for (long n = 1; n <= 5000; n++) {
            String reference = PaymentReference.of(n);
            assertThat(reference).hasSize(6).doesNotContainPattern("[01IOSVZ]");
            assertThat(PaymentReference.valid(reference)).isTrue();
            assertThat(seen.add(reference)).isTrue();
        }
        assertThat(PaymentReference.of(1)).isEqualTo("22222" + "2");
        assertThat(PaymentReference.valid(" " + PaymentReference.of(77).toLowerCase() + " ")).isTrue();
        assertThatThrownBy(() -> PaymentReference.of(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anyOneWrongCharacterAndAnySwapOfNeighboursIsCaught() {
        String alphabet = PaymentReference.ALPHABET;
        for (long n : new long[] {1, 2, 999, 123_456, 20_511_149}) {
            String reference = PaymentReference.of(n);
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
