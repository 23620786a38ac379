package cn.huzhu.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.adapter.dynamodb.DynamoStores;
import cn.huzhu.api.Json;
import cn.huzhu.app.catalog.CatalogAdmin;
import cn.huzhu.app.catalog.PlanForm;
import cn.huzhu.domain.account.Account;
import cn.huzhu.domain.account.PasswordHasher;
import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.claim.PlanBenefits;
import cn.huzhu.domain.settings.Settings;
import cn.huzhu.domain.unit.Unit;

/**
 * The demo data the local runtime starts with (resources demo/catalog.json and demo/accounts.json): the user guide's
 * catalog, two units with their logins, a reviewer and a finance login. Seeding twice changes nothing.
 */
public final class DemoData {
    public record Login(String username, String password, String who) {
    }

    private DemoData() {
    }

    public static List<Login> seed(DynamoStores stores, String orgCode) {
        seedCatalog(stores);
        seedReceiptSigners(stores, orgCode);
        return seedAccounts(stores, orgCode);
    }

    /**
     * Receipts name their 开票人 and 复核人: the demo office has people for them, where the packaged settings only hold
     * a placeholder the office replaces in 系统设置.
     */
    static void seedReceiptSigners(DynamoStores stores, String orgCode) {
        Settings current = stores.settings.get(orgCode);
        if (current.receipts().drawer().equals(Settings.Receipts.DEFAULT.drawer())) {
            Settings.Receipts r = current.receipts();
            stores.settings.save(current.withReceipts(new Settings.Receipts(r.codePrefix(), "王晓梅", "刘建国",
                    r.verificationsPerMinute())));
        }
    }

    /** The user guide's catalog (demo/catalog.json); plans already there are kept as they are. */
    public static void seedCatalog(DynamoStores stores) {
        JsonNode catalog = read("/demo/catalog.json");
        for (JsonNode activity : catalog.path("activities")) {
            CatalogAdmin.ActivityForm form = Json.convert(activity, CatalogAdmin.ActivityForm.class);
            if (stores.catalog.activity(form.id()).isEmpty()) {
                stores.catalog.createActivity(form.toActivity(false));
            }
        }
        for (JsonNode plan : catalog.path("plans")) {
            PlanForm form = Json.convert(plan, PlanForm.class);
            if (stores.catalog.plan(form.code()).isEmpty()) {
                stores.catalog.createPlan(form.toPlan(form.code(), false));
            }
        }
        // placeholder benefit figures, marked as such on screen, until the office enters its own
        for (JsonNode figures : catalog.path("benefits")) {
            PlanBenefits benefits = Json.convert(figures, PlanBenefits.class);
            if (stores.catalog.benefits(benefits.planCode()).isEmpty()) {
                stores.catalog.saveBenefits(benefits);
            }
        }
    }

    private static List<Login> seedAccounts(DynamoStores stores, String orgCode) {
        JsonNode accounts = read("/demo/accounts.json");
        String password = accounts.path("password").asText();
        PasswordHasher hasher = PasswordHasher.owasp();
        List<Login> logins = new ArrayList<>();
        for (JsonNode u : accounts.path("units")) {
            String id = u.path("id").asText();
            if (stores.units.find(id).isEmpty()) {
                stores.units.create(new Unit(id, orgCode, u.path("name").asText(), u.path("nature").asText(),
                        u.path("union").asText(), u.path("secret").asBoolean(), u.path("province").asText(),
                        u.path("city").asText(), u.path("district").asText(), u.path("address").asText(),
                        u.path("contact").asText(), u.path("officePhone").asText(), u.path("mobile").asText(),
                        u.path("email").asText(), u.path("creditCode").asText(), null));
            }
            String username = u.path("username").asText();
            if (stores.accounts.find(username).isEmpty()) {
                stores.accounts.create(Account.create(username, u.path("name").asText(), Role.UNIT, id, orgCode,
                        hasher.hash(password), false));
            }
            logins.add(new Login(username, password, "单位经办人 · " + u.path("name").asText()));
        }
        for (JsonNode o : accounts.path("office")) {
            String username = o.path("username").asText();
            Role role = Role.valueOf(o.path("role").asText());
            if (stores.accounts.find(username).isEmpty()) {
                stores.accounts.create(Account.create(username, o.path("displayName").asText(), role, null, orgCode,
                        hasher.hash(password), false));
            }
            logins.add(new Login(username, password, role.label() + " · " + o.path("displayName").asText()));
        }
        return logins;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = DemoData.class.getResourceAsStream(resource)) {
            return Json.tree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
