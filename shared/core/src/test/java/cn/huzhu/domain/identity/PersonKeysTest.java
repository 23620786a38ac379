package cn.huzhu.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class PersonKeysTest {
    private static final String ID = "11010519491231002X";
    private final PersonKeys keys = new PersonKeys("the-first-secret-of-thirty-two-chars");

    @Test
    void aDocumentAlwaysGivesTheSameKeyAndTheKeyCarriesNoDigitOfIt() {
        String key = keys.of(IdDocumentType.RESIDENT_ID, ID);
        assertThat(key).isEqualTo(keys.of(IdDocumentType.RESIDENT_ID, ID)).matches("[0-9a-f]{32}").doesNotContain("19491231");
        assertThat(keys.of(IdDocumentType.PASSPORT, ID)).isNotEqualTo(key);
    }

    @Test
    void withoutTheSecretTheKeyCannotBeRebuiltFromTheNumber() throws Exception {
        String key = keys.of(IdDocumentType.RESIDENT_ID, ID);
        byte[] unkeyed = MessageDigest.getInstance("SHA-256").digest(("RESIDENT_ID:" + ID).getBytes("UTF-8"));
        assertThat(key).isNotEqualTo(HexFormat.of().formatHex(unkeyed, 0, 16));
        assertThat(new PersonKeys("another-secret-of-thirty-two-chars!!").of(IdDocumentType.RESIDENT_ID, ID)).isNotEqualTo(key);
    }

    @Test
    void aTypedNumberIsLookedUpUnderEveryDocumentTypeAsNormalised() {
        assertThat(keys.candidates(" 11010519491231002x ")).hasSize(IdDocumentType.values().length)
                .contains(keys.of(IdDocumentType.RESIDENT_ID, ID));
    }

    @Test
    void refusesAShortSecret() {
        assertThatThrownBy(() -> new PersonKeys("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
