package cn.huzhu.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.util.HexFormat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.huzhu.domain.common.KeyRing;

class PersonKeysTest {
    private static final String ID = "11010519491231002X";
    private final PersonKeys keys = new PersonKeys(KeyRing.single("the-first-secret-of-thirty-two-chars", "people"));

    @Test
    void aDocumentAlwaysGivesTheSameKeyAndTheKeyCarriesNoDigitOfIt() {
        String key = keys.of(IdDocumentType.RESIDENT_ID, ID);
        assertThat(key).isEqualTo(keys.of(IdDocumentType.RESIDENT_ID, ID)).matches("1\\.[0-9a-f]{32}").doesNotContain("19491231");
        assertThat(keys.of(IdDocumentType.PASSPORT, ID)).isNotEqualTo(key);
    }

    @Test
    void withoutTheSecretTheKeyCannotBeRebuiltFromTheNumber() throws Exception {
        String key = keys.of(IdDocumentType.RESIDENT_ID, ID);
        byte[] unkeyed = MessageDigest.getInstance("SHA-256").digest(("RESIDENT_ID:" + ID).getBytes("UTF-8"));
        assertThat(key).isNotEqualTo("1." + HexFormat.of().formatHex(unkeyed, 0, 16));
        assertThat(new PersonKeys(KeyRing.single("another-secret-of-thirty-two-chars!!", "people"))
                .of(IdDocumentType.RESIDENT_ID, ID)).isNotEqualTo(key);
    }

    @Test
    void aTypedNumberIsLookedUpUnderEveryDocumentTypeAsNormalised() {
        assertThat(keys.candidates(" 11010519491231002x ")).hasSize(IdDocumentType.values().length)
                .contains(keys.of(IdDocumentType.RESIDENT_ID, ID));
    }

    @Test
    void refusesAShortSecret() {
        assertThatThrownBy(() -> KeyRing.single("short", "people")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKeyNamesTheRingKeyThatMadeItSoPeopleLeftToReKeyAreKnown() {
        String old = keys.of(IdDocumentType.RESIDENT_ID, ID);
        PersonKeys rotated = new PersonKeys(KeyRing.of("2", Map.of("1", "the-first-secret-of-thirty-two-chars",
                "2", "the-second-secret-of-thirty-two-chars"), "people"));
        String fresh = rotated.of(IdDocumentType.RESIDENT_ID, ID);
        assertThat(fresh).startsWith("2.").isNotEqualTo(old);
        assertThat(rotated.isCurrent(fresh)).isTrue();
        assertThat(rotated.isCurrent(old)).isFalse();
        assertThat(keys.isCurrent(old)).isTrue();
    }
}
