package cn.huzhu.testing;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.adapter.aws.RuntimeConfig;
import cn.huzhu.adapter.aws.SecretKeyRing;
import cn.huzhu.api.Env;
import cn.huzhu.domain.common.KeyRing;
import cn.huzhu.emulators.Emulators;
import cn.huzhu.emulators.ProjectRoot;
import cn.huzhu.emulators.SharedEmulators;
import cn.huzhu.emulators.template.FunctionSpec;
import cn.huzhu.emulators.template.LocalDeployment;

/**
 * The embedded emulators with template.yaml's resources created, once per test JVM. Tests keep apart by using fresh
 * ids, never by clearing shared state.
 */
public final class TestAws {
    private static LocalDeployment deployment;

    private TestAws() {
    }

    public static synchronized LocalDeployment deployment() {
        if (deployment == null) {
            Emulators emulators = SharedEmulators.get();
            deployment = LocalDeployment.deploy(ProjectRoot.find().resolve("template.yaml"), emulators.awsEnvironment(),
                    Map.of("MailFrom", "noreply@huzhu.test"));
        }
        return deployment;
    }

    public static Emulators emulators() {
        deployment();
        return SharedEmulators.get();
    }

    /** The environment of one function, as template.yaml sets it. */
    public static Env function(String logicalId) {
        FunctionSpec function = deployment().template().functions().stream()
                .filter(f -> f.logicalId().equals(logicalId)).findFirst().orElseThrow();
        return new Env(deployment().environment(function));
    }

    /**
     * Everything any function is configured with, its runtime configuration read as the functions read it: for
     * adapter and application tests that use several resources.
     */
    public static Env all() {
        Map<String, String> env = new LinkedHashMap<>();
        deployment().template().functions().forEach(f -> env.putAll(deployment().environment(f)));
        return RuntimeConfig.of(new Env(env)).env();
    }

    /** A key ring of the stack (TOKEN_KEYS, PERSON_KEYS, RECEIPT_KEYS), read from its secret as the functions read it. */
    public static KeyRing keys(String variable) {
        return SecretKeyRing.of(new AwsSettings(all()), variable, variable);
    }
}
