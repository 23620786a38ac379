package cn.huzhu.app.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import cn.huzhu.adapter.dynamodb.DynamoSettingsStore;
import cn.huzhu.app.view.InvoiceView;
import cn.huzhu.app.view.InvoicingDesk;
import cn.huzhu.app.view.InvoicingRow;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentAction;
import cn.huzhu.domain.enrollment.EnrollmentState;
import cn.huzhu.domain.invoice.InvoiceForm;
import cn.huzhu.domain.invoice.ReceiptContent;
import cn.huzhu.domain.roster.Occupation;
import cn.huzhu.domain.roster.Person;
import cn.huzhu.domain.settings.Settings;
import cn.huzhu.testing.SesStore;
import cn.huzhu.testing.World;

/** 线上开票录入 over the emulators: the guide's two invoices for 女工特病, remainders, revisions, submission. */
class InvoiceEntryTest {
    private final World world = new World();
    private final InvoiceEntry entry = world.invoicing();

    static InvoiceForm form(String source, String price, Integer revision) {
        return new InvoiceForm(source, "青岛测试公司工会", "统一社会信用代码证书", "91350100M000100Y43", "转账",
                "caiwu@example.cn", "", List.of(new InvoiceForm.Line("P0501", 8, price, "2份")), revision);
    }

    /** The guide's second example: 8 women, 2 shares of 25 each: 400 payable. */
    private Enrollment guideExample(Caller unit) {
        return world.approved(unit, "P0501", 2, World.women(8));
    }

    @Test
    void theListShowsApprovedBusinessesWithTheirMoneyAndFiltersByBusinessType() {
        Caller unit = world.newUnit("开票列表单位");
        Enrollment approved = guideExample(unit);
        world.draft(unit, "P0101");
        entry.add(unit, approved.id(), form("工会经费", "10", null));

        List<InvoicingRow> rows = entry.list(unit, null, null, 20).items();
        assertThat(rows).extracting(InvoicingRow::id).containsExactly(approved.id());
        InvoicingRow row = rows.get(0);
        assertThat(row.businessTypeLabel()).isEqualTo("参保");
        assertThat(row.totalFee()).isEqualTo("400.00");
        assertThat(row.subsidy()).isEqualTo("0.00");
        assertThat(row.unionFunds()).isEqualTo("80.00");
        assertThat(row.administrativeFunds()).isEqualTo("0.00");
        assertThat(row.payable()).isEqualTo("400.00");
        assertThat(row.remaining()).isEqualTo("320.00");
        assertThat(entry.list(unit, "续保", null, 20).items()).isEmpty();
        assertThat(entry.list(unit, "参保", null, 20).items()).hasSize(1);
        assertThatThrownBy(() -> entry.list(unit, "补缴", null, 20)).hasMessageContaining("业务类型");
        assertThat(entry.list(world.newUnit("别的单位"), null, null, 20).items()).isEmpty();
    }

    @Test
    void theGuidesTwoInvoicesSettleThePlanAndSubmissionMailsTheUnit() {
        Caller unit = world.newUnit("开票提交单位");
        Enrollment e = guideExample(unit);
        InvoiceView union = entry.add(unit, e.id(), form("工会经费", "10", null));
        InvoicingDesk half = entry.desk(unit, e.id());
        assertThat(half.rows()).singleElement().satisfies(row -> {
            assertThat(row.occupation()).isEqualTo("一般职业");
            assertThat(row.standard()).isEqualTo("25.00");
            assertThat(row.shares()).isEqualTo(2);
            assertThat(row.persons()).isEqualTo(8);
            assertThat(row.remaining()).isEqualTo("320.00");
        });
        assertThat(half.submitProblems()).isNotEmpty();
        assertThatThrownBy(() -> entry.submit(unit, e.id())).hasMessageContaining("320.00");

        InvoiceView members = entry.add(unit, e.id(), form("会员自付", "40", null));
        assertThat(members.total()).isEqualTo("320.00");
        assertThat(members.totalInWords()).isEqualTo("叁佰贰拾元整");
        assertThat(union.batchNo()).startsWith("LZ");
        assertThat(members.batchNo()).startsWith("LZ").isNotEqualTo(union.batchNo());
        assertThat(Long.parseLong(members.batchNo().substring(2))).isGreaterThan(Long.parseLong(union.batchNo().substring(2)));
        assertThatThrownBy(() -> entry.add(unit, e.id(), form("会员自付", "0.01", null)))
                .hasMessageContaining("剩余开票金额0.00元");

        InvoiceEntry.Submitted submitted = entry.submit(unit, e.id());
        assertThat(submitted.desk().state()).isEqualTo(EnrollmentState.AWAITING_PAYMENT.name());
        assertThat(submitted.desk().editable()).isFalse();
        assertThat(submitted.mail().status().name()).isEqualTo("SENT");
        assertThat(SesStore.to(world.emailOf(unit))).anySatisfy(mail -> {
            assertThat(mail.subject()).contains(e.applicationNo(), "开票信息已提交");
            assertThat(mail.body()).contains("400.00元", "肆佰元整", "缴费通知单");
        });
        assertThatThrownBy(() -> entry.update(unit, e.id(), union.id(), form("工会经费", "20", union.revision())))
                .hasMessageContaining("开票信息已提交");
    }

    @Test
    void everyRefusalHasItsOwnCodeAndAnInvoicePastTheLimitIsRefusedClearly() {
        String org = "5" + String.format("%03d", Math.floorMod(UUID.randomUUID().hashCode(), 1000));
        Settings d = DynamoSettingsStore.packagedDefaults();
        world.stores.settings.save(new Settings(new Settings.Org(org, "测试机构", "测试"), d.payee(), d.paymentWindow(),
                d.contacts(), d.districtOffices(), d.numbering(), new Settings.Limits(d.limits().rosterMaxBytes(),
                        d.limits().rosterMaxRows(), d.limits().rosterCellMaxChars(), d.limits().attachmentMaxBytes(),
                        d.limits().loginMaxAttempts(), d.limits().lockMinutes(), 2), d.receipts()));
        Caller unit = world.newUnit("上限单位", org);
        Enrollment e = world.approved(unit, "P0501", 2, World.women(8));
        InvoiceView union = entry.add(unit, e.id(), form("工会经费", "10", null));
        InvoiceForm otherPlan = new InvoiceForm("工会经费", "青岛测试公司工会", null, "", "转账", "caiwu@example.cn", "",
                List.of(new InvoiceForm.Line("P0101", 1, "1", "")), null);
        assertThatThrownBy(() -> entry.add(unit, e.id(), otherPlan)).isInstanceOf(DomainException.class)
                .hasMessage("参保单中没有该保障活动").extracting("code").isEqualTo("PLAN_NOT_IN_ENROLLMENT");
        entry.add(unit, e.id(), form("会员自付", "20", null));
        assertThatThrownBy(() -> entry.add(unit, e.id(), form("会员自付", "20", null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("最多录入2张")
                .extracting("code").isEqualTo("INVOICE_LIMIT_REACHED");
        InvoiceView members = entry.desk(unit, e.id()).invoices().get(1);
        entry.update(unit, e.id(), members.id(), form("会员自付", "40", members.revision()));
        entry.submit(unit, e.id());
        assertThatThrownBy(() -> entry.add(unit, e.id(), form("会员自付", "1", null))).extracting("code")
                .isEqualTo("INVOICES_LOCKED");
        assertThatThrownBy(() -> entry.update(unit, e.id(), union.id(), form("工会经费", "20", union.revision())))
                .extracting("code").isEqualTo("INVOICES_LOCKED");
        assertThatThrownBy(() -> entry.delete(unit, e.id(), union.id(), union.revision())).extracting("code")
                .isEqualTo("INVOICES_LOCKED");
        assertThat(entry.desk(unit, e.id()).invoices()).extracting(InvoiceView::total).containsExactly("80.00", "320.00");
    }

    @Test
    void anEditFromAStalePageIsRefusedAndParallelAddsAllLand() throws Exception {
        Caller unit = world.newUnit("两个页面单位");
        Enrollment e = guideExample(unit);
        InvoiceView first = entry.add(unit, e.id(), form("工会经费", "10", null));
        InvoiceView edited = entry.update(unit, e.id(), first.id(), form("工会经费", "15", first.revision()));
        assertThat(edited.revision()).isEqualTo(2);
        assertThat(edited.batchNo()).isEqualTo(first.batchNo());
        assertThatThrownBy(() -> entry.update(unit, e.id(), first.id(), form("工会经费", "5", first.revision())))
                .isInstanceOf(DomainException.class).hasMessageContaining("已在其他页面修改");
        assertThatThrownBy(() -> entry.delete(unit, e.id(), first.id(), first.revision())).hasMessageContaining("已在其他页面修改");
        assertThatThrownBy(() -> entry.update(unit, e.id(), first.id(), form("工会经费", "5", null)))
                .hasMessageContaining("刷新");

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<InvoiceView>> adds = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                adds.add(pool.submit(() -> entry.add(unit, e.id(), form("会员自付", "5", null))));
            }
            for (Future<InvoiceView> add : adds) {
                add.get();
            }
        } finally {
            pool.shutdown();
        }
        InvoicingDesk desk = entry.desk(unit, e.id());
        assertThat(desk.invoices()).hasSize(5);
        assertThat(desk.invoices()).extracting(InvoiceView::batchNo).doesNotHaveDuplicates();
        assertThat(desk.summary().remaining()).isEqualTo("120.00");
        InvoicingDesk afterDelete = entry.delete(unit, e.id(), edited.id(), edited.revision());
        assertThat(afterDelete.invoices()).hasSize(4);
        assertThat(afterDelete.summary().remaining()).isEqualTo("240.00");
    }

    @Test
    void aDoubleClickSubmitsOnce() throws Exception {
        Caller unit = world.newUnit("双击提交单位");
        Enrollment e = guideExample(unit);
        entry.add(unit, e.id(), form("工会经费", "50", null));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> clicks = new ArrayList<>();
        Callable<String> click = () -> {
            try {
                return entry.submit(unit, e.id()).desk().state();
            } catch (DomainException refused) {
                return refused.code();
            }
        };
        clicks.add(pool.submit(click));
        clicks.add(pool.submit(click));
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : clicks) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrder("AWAITING_PAYMENT", "STATE_DOES_NOT_ALLOW");
        assertThat(world.stores.enrollments.history(e.id())).filteredOn(c -> c.action() == EnrollmentAction.SUBMIT_INVOICES)
                .hasSize(1);
        assertThat(world.stores.mails.forEnrollment(e.id())).filteredOn(m -> m.kind().equals("INVOICES_SUBMITTED")).hasSize(1);
    }

    @Test
    void thePreviewIsTheReceiptContentOfWhatIsTypedWithWhatStopsSaving() {
        Caller unit = world.newUnit("预览单位");
        Enrollment e = guideExample(unit);
        InvoiceEntry.Preview ok = entry.preview(unit, e.id(), null, form("会员自付", "40", null));
        ReceiptContent receipt = ok.receipt();
        assertThat(ok.problems()).isEmpty();
        assertThat(receipt.title()).isEqualTo(ReceiptContent.TITLE);
        assertThat(receipt.payer()).isEqualTo("青岛测试公司工会");
        assertThat(receipt.payerTaxId()).isEqualTo("91350100M000100Y43");
        assertThat(receipt.total().format()).isEqualTo("320.00");
        assertThat(receipt.totalInWords()).isEqualTo("叁佰贰拾元整");
        assertThat(receipt.lines()).singleElement().satisfies(line -> {
            assertThat(line.itemName()).isEqualTo("会费 女工特病2025版(标准版)(会费25元)");
            assertThat(line.quantity()).isEqualTo(8);
        });
        assertThat(receipt.payee()).isEqualTo("中国职工保险互助会青岛办事处");
        assertThat(receipt.code()).isEmpty();

        InvoiceEntry.Preview tooMuch = entry.preview(unit, e.id(), null, form("会员自付", "60", null));
        assertThat(tooMuch.receipt().totalInWords()).isEqualTo("肆佰捌拾元整");
        assertThat(tooMuch.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("剩余开票金额400.00元"));
        InvoiceEntry.Preview half = entry.preview(unit, e.id(), null, form("", "4.", null));
        assertThat(half.problems()).anySatisfy(p -> assertThat(p.field()).isEqualTo("source"));
    }

    @Test
    void highRiskMembersGetTheirOwnRowWhenTheirFeeDiffers() {
        Caller unit = world.newUnit("高危职业单位");
        List<Person> persons = new ArrayList<>(World.women(4));
        Person worker = persons.get(3);
        persons.set(3, new Person(worker.name(), worker.idType(), worker.idNumber(), worker.gender(), worker.birthDate(),
                "", Occupation.HIGH_RISK, ""));
        Enrollment e = world.approved(unit, "P0401", 2, persons);
        InvoicingDesk desk = entry.desk(unit, e.id());
        assertThat(desk.rows()).extracting(InvoicingDesk.FeeRow::occupation, InvoicingDesk.FeeRow::standard,
                InvoicingDesk.FeeRow::persons, InvoicingDesk.FeeRow::amount, InvoicingDesk.FeeRow::planRows)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("一般职业", "20.00", 3, "120.00", 2),
                        org.assertj.core.groups.Tuple.tuple("高危职业", "25.00", 1, "50.00", 0));
        assertThat(desk.summary().payable()).isEqualTo("170.00");
    }

    @Test
    void anotherUnitFindsNothing() {
        Caller unit = world.newUnit("本单位");
        Enrollment e = guideExample(unit);
        Caller other = world.newUnit("他单位");
        assertThatThrownBy(() -> entry.desk(other, e.id())).hasMessageContaining("不存在");
        assertThatThrownBy(() -> entry.add(other, e.id(), form("工会经费", "10", null))).hasMessageContaining("不存在");
        assertThatThrownBy(() -> entry.submit(other, e.id())).hasMessageContaining("不存在");
    }
}
