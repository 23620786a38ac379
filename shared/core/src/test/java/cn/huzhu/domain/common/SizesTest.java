package cn.huzhu.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SizesTest {
    @ParameterizedTest
    @CsvSource({"20971520, 20MB", "10485760, 10MB", "1572864, 1.5MB", "20000, 19.5KB", "1024, 1KB", "300, 300字节"})
    void describesSizesForPeople(long bytes, String expected) {
        assertThat(Sizes.describe(bytes)).isEqualTo(expected);
    }
}
