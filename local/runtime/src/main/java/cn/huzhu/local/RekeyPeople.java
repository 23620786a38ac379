package cn.huzhu.local;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.adapter.aws.SecretKeyRing;
import cn.huzhu.adapter.dynamodb.DynamoTable;
import cn.huzhu.adapter.dynamodb.PersonRekey;
import cn.huzhu.api.Env;
import cn.huzhu.domain.identity.PersonKeys;

/**
 * After a new key was made current in the person-key ring (README, "Rotating keys"), moves the people made with an
 * older one to it. Uses the machine's AWS credentials; run it in a quiet hour, and again until it reports nothing.
 *
 * <pre>java -jar local/runtime/target/huzhu-local.jar rekey-people --table TABLE --region REGION
 *     --person-keys PERSON_KEYS_SECRET_ARN --from OLD_KEY_ID [--endpoint URL]</pre>
 */
public final class RekeyPeople {
    private RekeyPeople() {
    }

    public static PersonRekey.Report run(Map<String, String> options, Map<String, String> environment) {
        Map<String, String> env = new LinkedHashMap<>(environment);
        env.put("TABLE_NAME", required(options, "table"));
        env.put("AWS_REGION", required(options, "region"));
        env.put("PERSON_KEYS", required(options, "person-keys"));
        if (options.containsKey("endpoint")) {
            env.put("AWS_ENDPOINT_URL", options.get("endpoint"));
        }
        AwsSettings aws = new AwsSettings(new Env(env));
        PersonKeys keys = new PersonKeys(SecretKeyRing.of(aws, "PERSON_KEYS", "the person key ring"));
        return new PersonRekey(DynamoTable.create(aws)).run(keys, required(options, "from"));
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required; usage: rekey-people --table TABLE --region REGION "
                    + "--person-keys SECRET_ARN --from OLD_KEY_ID [--endpoint URL]");
        }
        return value;
    }

    public static void main(String... args) {
        PersonRekey.Report report = run(Bootstrap.parse(args), System.getenv());
        System.out.println("已按新密钥重建人员标识：保障记录 " + report.coverages() + " 条，参保人员 " + report.members() + " 条"
                + (report.orphanCoverages() > 0 ? "；另有 " + report.orphanCoverages() + " 条保障记录找不到对应人员，未处理" : ""));
    }
}
