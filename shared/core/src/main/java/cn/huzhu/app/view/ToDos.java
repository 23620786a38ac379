package cn.huzhu.app.view;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.huzhu.app.enrollment.RenewalReminders;
import cn.huzhu.app.port.ArrivalStore;
import cn.huzhu.app.port.CorrectionStore;
import cn.huzhu.app.port.EnrollmentStore;
import cn.huzhu.app.port.Page;
import cn.huzhu.app.port.SettingsStore;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.common.BusinessDay;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentState;
import cn.huzhu.domain.statement.MatchStatus;

/**
 * 待办: what waits for a unit (a returned enrollment, an approved one without invoices, submitted invoices without a
 * printed notice, a 确认书 not printed, cover ending within the settings' days without a renewal), each with the page
 * it is done on; and the office's queues with their counts.
 */
public final class ToDos {
    private static final int PAGE = 100;
    private static final Set<EnrollmentState> WAITING_STATES = Set.of(EnrollmentState.RETURNED, EnrollmentState.APPROVED,
            EnrollmentState.AWAITING_PAYMENT, EnrollmentState.CONFIRMED);

    private final EnrollmentStore enrollments;
    private final ArrivalStore arrivals;
    private final CorrectionStore corrections;
    private final SettingsStore settings;
    private final Clock clock;

    /** One thing to do, and where: a route of the web UI by name, with its parameters. */
    public record ToDo(String kind, String title, String detail, String route, Map<String, String> params) {
    }

    /** One of the office's queues: its name, how many wait, the page it is worked on, and who works it. */
    public record Queue(String kind, String title, long count, String route, Set<Role> roles) {
    }

    public ToDos(EnrollmentStore enrollments, ArrivalStore arrivals, CorrectionStore corrections, SettingsStore settings,
            Clock clock) {
        this.enrollments = enrollments;
        this.arrivals = arrivals;
        this.corrections = corrections;
        this.settings = settings;
        this.clock = clock;
    }

    public List<ToDo> forUnit(Caller caller) {
        caller.requireRole(Role.UNIT);
        LocalDate today = BusinessDay.today(clock);
        int warning = settings.get(caller.orgCode()).renewals().earlyWarningDays();
        List<ToDo> todos = new ArrayList<>();
        String cursor = null;
        do {
            Page<Enrollment> page = enrollments.forUnit(EnrollmentStore.UnitQuery.inStates(caller.unitId(), WAITING_STATES,
                    cursor, PAGE));
            page.items().forEach(e -> todo(e, today, warning).ifPresent(todos::add));
            cursor = page.next();
        } while (cursor != null);
        return todos;
    }

    private Optional<ToDo> todo(Enrollment e, LocalDate today, int warning) {
        String no = e.applicationNo();
        Map<String, String> id = Map.of("id", e.id());
        return switch (e.state()) {
            case RETURNED -> Optional.of(new ToDo("RETURNED", "参保单" + no + "已退回，请修改后重新提交",
                    "退回原因：" + e.returnReason(), "enrollment", Map.of("id", e.id(), "step", "1")));
            case APPROVED -> e.invoices().isEmpty() ? Optional.of(new ToDo("INVOICES", "参保单" + no + "已审核通过，请录入开票信息",
                    "单位应付金额" + e.fees().payable().format() + "元", "invoice-desk", id)) : Optional.empty();
            case AWAITING_PAYMENT -> e.settlement().notice() == null ? Optional.of(new ToDo("NOTICE",
                    "参保单" + no + "的开票信息已提交，请打印缴费通知单并缴费", "单位应付金额" + e.fees().payable().format() + "元",
                    "notices", Map.of())) : Optional.empty();
            case CONFIRMED -> confirmed(e, today, warning);
            default -> Optional.empty();
        };
    }

    private Optional<ToDo> confirmed(Enrollment e, LocalDate today, int warning) {
        var confirmation = e.settlement().confirmation();
        if (confirmation.printCount() == 0) {
            return Optional.of(new ToDo("CONFIRMATION", "确认书" + confirmation.number() + "尚未打印，请核对人员名单后打印",
                    "生效日期" + confirmation.effectiveOn(), "confirmations", Map.of()));
        }
        Optional<LocalDate> ends = e.coverEnds();
        if (ends.isEmpty() || ends.get().isBefore(today) || ChronoUnit.DAYS.between(today, ends.get()) > warning
                || RenewalReminders.renewalSubmitted(enrollments, e)) {
            return Optional.empty();
        }
        return Optional.of(new ToDo("RENEWAL", "参保单" + e.applicationNo() + "的保障将于" + ends.get() + "到期，请办理续保",
                "距到期还有" + ChronoUnit.DAYS.between(today, ends.get()) + "天", "enrollments", Map.of()));
    }

    public List<Queue> forOffice(Caller caller) {
        caller.requireRole(Role.REVIEWER, Role.FINANCE);
        String org = caller.orgCode();
        List<Queue> queues = new ArrayList<>();
        queues.add(new Queue("REVIEW", "参保初审（待初审）", count(org, EnrollmentState.SUBMITTED), "queue",
                Set.of(Role.REVIEWER, Role.FINANCE)));
        queues.add(new Queue("PAYMENT", "确认收款（待缴费）", count(org, EnrollmentState.AWAITING_PAYMENT), "payments",
                Set.of(Role.REVIEWER, Role.FINANCE)));
        if (caller.role() == Role.FINANCE) {
            for (MatchStatus status : List.of(MatchStatus.AUTO, MatchStatus.PROPOSED, MatchStatus.MISMATCH, MatchStatus.PENDING)) {
                queues.add(new Queue("ARRIVAL_" + status.name(), "到账核对（" + status.label() + "）",
                        arrivals.count(org, status), "arrivals", Set.of(Role.FINANCE)));
            }
            queues.add(new Queue("REISSUE", "换开申请", corrections.countRequests(org), "reissues", Set.of(Role.FINANCE)));
        }
        return queues;
    }

    private long count(String org, EnrollmentState state) {
        return enrollments.inStates(new EnrollmentStore.QueueQuery(org, Set.of(state), false, null, null, null, null, 1))
                .total();
    }
}
