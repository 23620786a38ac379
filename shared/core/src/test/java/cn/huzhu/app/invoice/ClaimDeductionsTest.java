package cn.huzhu.app.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.huzhu.app.view.EnrollmentDetail;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentAction;
import cn.huzhu.domain.invoice.InvoiceForm;
import cn.huzhu.testing.World;

/** 理赔金额 over the emulators: the reviewer's deduction changes the remainder and is in the history. */
class ClaimDeductionsTest {
    private final World world = new World();
    private final ClaimDeductions claims = new ClaimDeductions(world.stores.enrollments, world.clock);
    private final InvoiceEntry entry = world.invoicing();

    @Test
    void theDeductionLowersTheRemainderIsRecordedAndStopsWithTheInvoicesSubmission() {
        Caller unit = world.newUnit("理赔单位");
        Enrollment e = world.approved(unit, "P0501", 2, World.women(8));
        EnrollmentDetail detail = claims.set(world.reviewer, e.id(), "P0501", new ClaimDeductions.Form("100"));
        assertThat(detail.payable()).isEqualTo("300.00");
        assertThat(entry.desk(unit, e.id()).summary().remaining()).isEqualTo("300.00");
        assertThat(world.stores.enrollments.history(e.id())).filteredOn(c -> c.action() == EnrollmentAction.SET_CLAIM_DEDUCTION)
                .singleElement().satisfies(c -> {
                    assertThat(c.actor()).isEqualTo(world.reviewer.username());
                    assertThat(c.reason()).contains("0.00 → 100.00");
                });
        assertThatThrownBy(() -> claims.set(world.reviewer, e.id(), "P0501", new ClaimDeductions.Form("1.005")))
                .hasMessageContaining("两位小数");
        assertThatThrownBy(() -> claims.set(world.finance, e.id(), "P0501", new ClaimDeductions.Form("1")))
                .isInstanceOf(cn.huzhu.domain.common.DomainException.class);
        entry.add(unit, e.id(), new InvoiceForm("会员自付", "某工会", null, "", null, "a@b.cn", "",
                List.of(new InvoiceForm.Line("P0501", 8, "37.50", "")), null));
        entry.submit(unit, e.id());
        assertThatThrownBy(() -> claims.set(world.reviewer, e.id(), "P0501", new ClaimDeductions.Form("0")))
                .hasMessageContaining("待缴费");
        assertThat(world.stores.enrollments.find(e.id()).orElseThrow().fees().payable().format()).isEqualTo("300.00");
    }
}
