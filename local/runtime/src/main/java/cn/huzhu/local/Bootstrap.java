package cn.huzhu.local;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.huzhu.adapter.aws.AwsSettings;
import cn.huzhu.adapter.dynamodb.DynamoStores;
import cn.huzhu.api.Env;
import cn.huzhu.app.unit.UnitAdmin;
import cn.huzhu.domain.account.Account;
import cn.huzhu.domain.account.PasswordHasher;
import cn.huzhu.domain.account.Role;

/**
 * Gives a freshly deployed stack its first office login (a reviewer who must choose a password at first login) and,
 * on request, the user guide's catalog. Uses the standard AWS credentials of the machine it runs on.
 *
 * <pre>java -jar local/runtime/target/huzhu-local.jar bootstrap --table TABLE --region REGION --username admin
 *     [--org 1503] [--catalog] [--endpoint URL]</pre>
 */
public final class Bootstrap {
    private Bootstrap() {
    }

    public record Result(String username, String temporaryPassword) {
    }

    public static Result run(Map<String, String> options, Map<String, String> environment) {
        String table = required(options, "table");
        String username = required(options, "username");
        String org = options.getOrDefault("org", "1503");
        Map<String, String> env = new LinkedHashMap<>(environment);
        env.put("TABLE_NAME", table);
        env.put("AWS_REGION", required(options, "region"));
        if (options.containsKey("endpoint")) {
            env.put("AWS_ENDPOINT_URL", options.get("endpoint"));
        }
        DynamoStores stores = DynamoStores.create(new AwsSettings(new Env(env)), Clock.systemUTC());
        if (options.containsKey("catalog")) {
            DemoData.seedCatalog(stores);
        }
        String password = UnitAdmin.temporaryPassword();
        stores.accounts.create(Account.create(username, "审核员", Role.REVIEWER, null, org,
                PasswordHasher.owasp().hash(password), true));
        return new Result(username, password);
    }

    static Map<String, String> parse(String... args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].replaceFirst("^--", "");
            boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
            options.put(name, flag ? "true" : args[++i]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required; usage: bootstrap --table TABLE --region REGION "
                    + "--username NAME [--org 1503] [--catalog] [--endpoint URL]");
        }
        return value;
    }

    public static void main(String... args) {
        Result result = run(parse(args), System.getenv());
        System.out.println("已创建审核员账号 " + result.username() + "，临时密码 " + result.temporaryPassword()
                + "（首次登录须修改密码）");
    }
}
