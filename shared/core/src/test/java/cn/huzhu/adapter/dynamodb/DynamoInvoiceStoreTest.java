package cn.huzhu.adapter.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.huzhu.app.Ids;
import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.catalog.ChosenPlan;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentAction;
import cn.huzhu.domain.enrollment.EnrollmentPlan;
import cn.huzhu.domain.enrollment.MemberStats;
import cn.huzhu.domain.invoice.FeeSource;
import cn.huzhu.domain.invoice.Invoice;
import cn.huzhu.domain.invoice.InvoiceForm;
import cn.huzhu.domain.invoice.InvoiceLine;
import cn.huzhu.domain.invoice.PaymentChannel;
import cn.huzhu.domain.invoice.TaxIdType;
import cn.huzhu.domain.money.Money;
import cn.huzhu.domain.settings.Settings;
import cn.huzhu.testing.Catalogs;
import cn.huzhu.testing.World;

/**
 * A business with as many invoices as a business may hold, each of four plans, with every text field at its longest in
 * Chinese: the enrollment item keeps only their references and stays within DynamoDB's 400 KB (which the emulator
 * enforces, as DynamoDB does), and every content comes back as it was saved.
 */
class DynamoInvoiceStoreTest {
    private final World world = new World();
    private final Ids ids = new Ids(world.clock);

    @Test
    void theMostInvoicesABusinessMayHoldFitAndComeBackWhole() {
        Enrollment e = approvedWithFourPlans();
        List<Invoice> saved = new ArrayList<>();
        for (int i = 0; i < Settings.Limits.INVOICES_PER_BUSINESS_MAX; i++) {
            Invoice invoice = longest(ids.next(), "LZ" + (9_000_000_000L + i));
            String contentKey = ids.token();
            e.addInvoice(invoice, contentKey, Settings.Limits.INVOICES_PER_BUSINESS_MAX);
            if (i % 100 == 0) {
                world.stores.invoices.save(e.id(), invoice, contentKey);
                saved.add(invoice);
            }
        }
        world.stores.enrollments.update(e);
        Enrollment stored = world.stores.enrollments.find(e.id()).orElseThrow();
        assertThat(stored.invoices()).hasSize(Settings.Limits.INVOICES_PER_BUSINESS_MAX).isEqualTo(e.invoices());
        assertThat(stored.invoices().get(0).amounts()).hasSize(4);
        assertThat(world.stores.invoices.find(e.id(), stored.invoices().get(100))).isEqualTo(saved.get(1));
    }

    private Enrollment approvedWithFourPlans() {
        List<EnrollmentPlan> plans = new ArrayList<>();
        for (ChosenPlan chosen : List.of(Catalogs.hospital(), Catalogs.critical(), Catalogs.accident(), Catalogs.female())) {
            plans.add(EnrollmentPlan.chosen(chosen, 1));
        }
        Enrollment e = Enrollment.draft(ids.next(), "PRT" + UUID.randomUUID().toString().substring(0, 8), "u-invoices",
                "某单位", "1503", Instant.now(), "unit", false, plans);
        plans.forEach(plan -> e.recordMembers(plan.code(), new MemberStats(5000, 0, 0)));
        e.updateDetails(false, 5000, 5000, "");
        e.apply(EnrollmentAction.SUBMIT, "unit", Role.UNIT, null, Instant.now());
        e.apply(EnrollmentAction.APPROVE, "reviewer", Role.REVIEWER, null, Instant.now());
        world.stores.enrollments.create(e);
        return e;
    }

    /** An invoice with every field as long as the form allows, in three-byte characters. */
    private static Invoice longest(String id, String batchNo) {
        String note = "备".repeat(InvoiceForm.NOTE_MAX);
        List<InvoiceLine> lines = List.of(new InvoiceLine("P0101", 1, Money.ofFen(1), note),
                new InvoiceLine("P0201", 1, Money.ofFen(1), note), new InvoiceLine("P0401", 1, Money.ofFen(1), note),
                new InvoiceLine("P0501", 1, Money.ofFen(1), note));
        return new Invoice(id, batchNo, FeeSource.ADMINISTRATIVE_FUNDS, "抬".repeat(InvoiceForm.TITLE_MAX),
                TaxIdType.OTHER, "X".repeat(30), PaymentChannel.TREASURY, "a".repeat(90) + "@example.cn",
                "其".repeat(InvoiceForm.OTHER_INFO_MAX), lines, Instant.parse("2026-12-01T08:00:00.123Z"), "unit-operator", 1);
    }
}
