package cn.huzhu.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import cn.huzhu.emulators.ProjectRoot;
import cn.huzhu.emulators.template.FunctionSpec;
import cn.huzhu.emulators.template.SamTemplate;

/**
 * The jars template.yaml deploys carry only what their function needs: no Apache or Netty HTTP client, no emulator or
 * test code, the spreadsheet libraries only where spreadsheets are handled, and PDFBox, ZXing and the font only where
 * PDFs are printed. Runs after the function modules are
 * packaged (any `mvn verify` from the top).
 */
class FunctionJarsTest {
    private static final Path ROOT = ProjectRoot.find();
    private static final List<String> NEVER = List.of("org/apache/http/", "io/netty/", "software/amazon/awssdk/http/apache",
            "software/amazon/awssdk/http/nio/netty", "org/gaul/", "cn/huzhu/emulators/", "cn/huzhu/local/", "org/junit/",
            "org/assertj/", "org/openqa/", "cn/huzhu/testing/");
    private static final List<String> SPREADSHEETS = List.of("org/apache/poi/", "com/fasterxml/aalto/", "org/dhatim/");
    /** The query and claims functions write the 变更记录 export and the payouts list (fastexcel only). */
    private static final Set<String> WITH_SPREADSHEETS = Set.of("RosterImportFunction", "DocumentsFunction", "QueryFunction",
            "ClaimsFunction");
    private static final List<String> PDF = List.of("org/apache/pdfbox/", "org/apache/fontbox/", "com/google/zxing/",
            "cn/huzhu/fonts/");
    private static final Set<String> WITH_PDF = Set.of("FulfilmentFunction", "DocumentsFunction");
    /** Each jar stays under 15 MiB: what the issue of lean jars set, and what keeps cold starts short. */
    private static final long MAX_BYTES = 15L * 1024 * 1024;

    @Test
    void eachJarCarriesOnlyWhatItsFunctionNeeds() throws IOException {
        for (FunctionSpec function : SamTemplate.load(ROOT.resolve("template.yaml")).functions()) {
            Path jar = ROOT.resolve(function.codeUri());
            if (!Files.isRegularFile(jar)) {
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    throw new AssertionError(jar + " was not built");
                }
                Assumptions.abort(jar + " not built yet: run mvn verify from the top");
            }
            Set<String> entries;
            try (JarFile file = new JarFile(jar.toFile())) {
                entries = file.stream().map(entry -> entry.getName()).collect(Collectors.toSet());
            }
            assertThat(entries).as(function.logicalId()).contains(function.handlerClass().replace('.', '/') + ".class");
            for (String forbidden : NEVER) {
                assertThat(entries).as("%s must not carry %s", function.codeUri(), forbidden)
                        .noneMatch(entry -> entry.startsWith(forbidden));
            }
            boolean spreadsheets = entries.stream().anyMatch(entry -> SPREADSHEETS.stream().anyMatch(entry::startsWith));
            assertThat(spreadsheets).as("%s carries spreadsheet libraries", function.logicalId())
                    .isEqualTo(WITH_SPREADSHEETS.contains(function.logicalId()));
            boolean pdf = entries.stream().anyMatch(entry -> PDF.stream().anyMatch(entry::startsWith));
            assertThat(pdf).as("%s carries PDF libraries or the font", function.logicalId())
                    .isEqualTo(WITH_PDF.contains(function.logicalId()));
            assertThat(Files.size(jar)).as(function.codeUri()).isLessThan(MAX_BYTES);
        }
    }
}
