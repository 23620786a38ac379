package cn.huzhu.app.statement;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.huzhu.api.Log;
import cn.huzhu.app.Ids;
import cn.huzhu.app.payment.PaymentConfirmation;
import cn.huzhu.app.port.ArrivalStore;
import cn.huzhu.app.port.EnrollmentStore;
import cn.huzhu.app.port.FileStore;
import cn.huzhu.app.port.Page;
import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.account.Role;
import cn.huzhu.domain.common.DateRange;
import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.common.Sizes;
import cn.huzhu.domain.enrollment.Enrollment;
import cn.huzhu.domain.enrollment.EnrollmentState;
import cn.huzhu.domain.money.Money;
import cn.huzhu.domain.statement.Arrival;
import cn.huzhu.domain.statement.MatchStatus;
import cn.huzhu.domain.statement.StatementColumn;
import cn.huzhu.domain.statement.StatementMapping;
import cn.huzhu.domain.statement.StatementUpload;

/**
 * 到账核对 (finance only): statement uploads, the tabs of 到账记录, and the decisions on them. Confirming a line is
 * 确认收款 of the businesses it pays, with the line's 到账日期 and 流水号; a line is used once and a business confirmed
 * once, whoever clicks at the same time.
 */
public final class Reconciliation {
    static final long MAX_BYTES = 20L * 1024 * 1024;
    /** Who 自动确认 is in the history of a line and of its business. */
    public static final String AUTOMATIC = "自动确认";
    private static final Log LOG = Log.of(Reconciliation.class);
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "xls", "application/vnd.ms-excel", "csv", "text/csv", "xml", "application/xml");

    private final ArrivalStore arrivals;
    private final EnrollmentStore enrollments;
    private final PaymentConfirmation payments;
    private final FileStore files;
    private final Ids ids;
    private final Clock clock;

    public record UploadRequest(String fileName, Long size) {
    }

    public record Ticket(StatementUpload upload, String uploadUrl, Map<String, String> headers) {
    }

    /**
     * A bank's columns mapped by hand on a statement that was not recognised: which of the upload's first rows is the
     * header, the column of each field (by {@link StatementColumn} name) and the remark columns.
     */
    public record MappingForm(String uploadId, String bank, Integer headerRow, Map<String, Integer> columns,
            List<Integer> remarks) {
    }

    /** One line's outcome of 批量确认. */
    public record Outcome(String key, boolean confirmed, String message) {
    }

    public Reconciliation(ArrivalStore arrivals, EnrollmentStore enrollments, PaymentConfirmation payments,
            FileStore files, Ids ids, Clock clock) {
        this.arrivals = arrivals;
        this.enrollments = enrollments;
        this.payments = payments;
        this.files = files;
        this.ids = ids;
        this.clock = clock;
    }

    public Ticket requestUpload(Caller caller, UploadRequest request) {
        caller.requireRole(Role.FINANCE);
        String name = request == null || request.fileName() == null ? "" : request.fileName().trim();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!CONTENT_TYPES.containsKey(extension) || name.length() > 200) {
            throw DomainException.invalid("STATEMENT_FILE_TYPE", "请上传企业网银导出的对账单（.xlsx、.xls、.csv 或 camt.053 的 .xml 文件）");
        }
        long size = request.size() == null ? 0 : request.size();
        if (size <= 0) {
            throw DomainException.invalid("FILE_EMPTY", "文件是空的，请选择导出的对账单");
        }
        if (size > MAX_BYTES) {
            throw DomainException.invalid("FILE_TOO_LARGE", "文件大小超过" + Sizes.describe(MAX_BYTES) + "，请按日期拆分后分别上传");
        }
        String id = ids.next();
        String key = StatementImport.KEY_PREFIX + id + "." + extension;
        StatementUpload upload = arrivals.createUpload(StatementUpload.waiting(id, caller.orgCode(), name, key, size,
                caller.username(), clock.instant()));
        FileStore.Upload url = files.presignUpload(FileStore.Bucket.UPLOADS, key, CONTENT_TYPES.get(extension), size,
                Duration.ofMinutes(15));
        return new Ticket(upload, url.url().toString(), url.headers());
    }

    /** Keeps a bank's layout; the statement is then uploaded again and read with it. */
    public StatementMapping saveMapping(Caller caller, MappingForm form) {
        StatementUpload upload = upload(caller, form.uploadId());
        int row = form.headerRow() == null ? 0 : form.headerRow();
        if (row < 1 || row > upload.preview().size()) {
            throw DomainException.invalid("STATEMENT_MAPPING_INVALID", "请在文件的前" + upload.preview().size() + "行中选择表头所在的行");
        }
        Map<StatementColumn, Integer> fields = new java.util.EnumMap<>(StatementColumn.class);
        for (Map.Entry<String, Integer> field : (form.columns() == null ? Map.<String, Integer>of() : form.columns()).entrySet()) {
            try {
                fields.put(StatementColumn.valueOf(field.getKey()), field.getValue());
            } catch (IllegalArgumentException unknown) {
                throw DomainException.invalid("STATEMENT_MAPPING_INVALID", "未知的列：" + field.getKey());
            }
        }
        StatementMapping mapping = StatementMapping.chosen(form.bank(), upload.preview().get(row - 1), fields, form.remarks());
        arrivals.saveMapping(caller.orgCode(), mapping);
        LOG.info("statement mapping saved", "bank", mapping.bank(), "by", caller.username());
        return mapping;
    }

    public List<StatementMapping> mappings(Caller caller) {
        caller.requireRole(Role.FINANCE);
        return arrivals.mappings(caller.orgCode());
    }

    public List<StatementUpload> uploads(Caller caller) {
        caller.requireRole(Role.FINANCE);
        return arrivals.uploads(caller.orgCode(), 50);
    }

    public StatementUpload upload(Caller caller, String id) {
        caller.requireRole(Role.FINANCE);
        return arrivals.findUpload(id).filter(u -> u.orgCode().equals(caller.orgCode()))
                .orElseThrow(() -> DomainException.notFound("STATEMENT_NOT_FOUND", "对账单上传记录不存在"));
    }

    public Page<ArrivalView> list(Caller caller, MatchStatus status, DateRange booked, Money min, Money max, String cursor,
            int limit) {
        caller.requireRole(Role.FINANCE);
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw DomainException.invalid("AMOUNT_RANGE_REVERSED", "金额下限大于上限");
        }
        Page<Arrival> page = arrivals.list(new ArrivalStore.Filter(caller.orgCode(), status, booked.from(), booked.to(), min, max), cursor,
                limit);
        Map<String, Enrollment> known = enrollments.findAll(ArrivalView.named(page.items()));
        return page.map(a -> ArrivalView.of(a, known, List.of()));
    }

    public ArrivalView get(Caller caller, String key) {
        Arrival arrival = load(caller, key);
        Map<String, Enrollment> known = enrollments.findAll(ArrivalView.named(List.of(arrival)));
        return ArrivalView.of(arrival, known, arrivals.decisions(key));
    }

    /**
     * 确认收款 of the businesses this line pays: {@code enrollmentIds} as finance picked them, or, when empty, the
     * match's own proposal. A split payment confirms with all of its lines.
     */
    public ArrivalView confirm(Caller caller, String key, List<String> enrollmentIds) {
        confirmLine(caller, key, enrollmentIds);
        return get(caller, key);
    }

    private void confirmLine(Caller caller, String key, List<String> enrollmentIds) {
        Arrival arrival = load(caller, key);
        requireOpen(arrival);
        List<Arrival> lines = group(caller, arrival);
        List<String> chosen = enrollmentIds == null || enrollmentIds.isEmpty() ? arrival.match().enrollmentIds()
                : enrollmentIds.stream().distinct().toList();
        if (chosen.isEmpty()) {
            throw DomainException.invalid("ARRIVAL_CHOOSE_BUSINESS", "请选择这笔到账所缴的参保单");
        }
        Map<String, Enrollment> businesses = payable(caller, chosen, lines);
        claim(lines.get(0).key(), chosen);
        List<Arrival> marked = mark(lines, chosen);
        LocalDate receivedOn = lines.stream().map(a -> a.line().bookedOn()).max(Comparator.naturalOrder()).orElseThrow();
        String reference = reference(lines);
        List<String> done = new ArrayList<>();
        try {
            for (String id : chosen) {
                payments.confirm(caller, id, new PaymentConfirmation.Form(businesses.get(id).fees().payable().format(),
                        receivedOn, reference));
                done.add(id);
            }
        } catch (RuntimeException failed) {
            if (done.isEmpty()) {
                undo(marked, chosen);
            }
            throw failed;
        }
        String detail = "确认收款：" + String.join("、", chosen.stream().map(id -> businesses.get(id).applicationNo()).toList());
        lines.forEach(line -> decide(caller, line.key(), "CONFIRM", detail));
        LOG.info("arrival confirmed", "key", key, "enrollments", chosen.size(), "by", caller.username());
    }

    /** 批量确认 of 自动匹配 lines: each on its own, the outcome of each. */
    public List<Outcome> confirmAll(Caller caller, List<String> keys) {
        caller.requireRole(Role.FINANCE);
        if (keys == null || keys.isEmpty() || keys.size() > 200) {
            throw DomainException.invalid("ARRIVAL_KEYS", "请选择要确认的到账记录（一次最多200条）");
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (String key : keys.stream().distinct().toList()) {
            try {
                confirmLine(caller, key, List.of());
                outcomes.add(new Outcome(key, true, "已确认"));
            } catch (DomainException refused) {
                outcomes.add(new Outcome(key, false, refused.getMessage()));
            }
        }
        return outcomes;
    }

    /**
     * 自动确认 (a setting): every 自动匹配 line of the org confirmed as finance would confirm it, recorded as done by
     * 自动确认; a line whose business was confirmed meanwhile stays for a person to look at.
     */
    public List<Outcome> confirmAutomatic(String orgCode) {
        Caller system = new Caller(AUTOMATIC, Role.FINANCE, null, orgCode);
        List<String> keys = new ArrayList<>();
        String cursor = null;
        do {
            Page<Arrival> page = arrivals.list(new ArrivalStore.Filter(orgCode, MatchStatus.AUTO, null, null, null, null),
                    cursor, 100);
            page.items().forEach(a -> keys.add(a.key()));
            cursor = page.next();
        } while (cursor != null);
        List<Outcome> outcomes = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += 200) {
            outcomes.addAll(confirmAll(system, keys.subList(from, Math.min(keys.size(), from + 200))));
        }
        LOG.info("automatic matches confirmed", "orgCode", orgCode, "lines", outcomes.size(),
                "confirmed", outcomes.stream().filter(Outcome::confirmed).count());
        return outcomes;
    }

    /** 退回/其他: the line is set aside with finance's note; an automatic match gives its business back. */
    public ArrivalView setAside(Caller caller, String key, String note) {
        Arrival arrival = load(caller, key);
        requireOpen(arrival);
        String why = note == null ? "" : note.trim();
        if (why.isEmpty() || why.length() > 200) {
            throw DomainException.invalid("ARRIVAL_NOTE_REQUIRED", "请填写处理说明（不超过200字）");
        }
        if (!arrivals.update(arrival.setAside(why))) {
            throw changed();
        }
        arrival.match().enrollmentIds().forEach(id -> arrivals.release(id, key));
        decide(caller, key, "SET_ASIDE", why);
        return get(caller, key);
    }

    private Arrival load(Caller caller, String key) {
        caller.requireRole(Role.FINANCE);
        return arrivals.find(key == null ? "" : key).filter(a -> a.orgCode().equals(caller.orgCode()))
                .orElseThrow(() -> DomainException.notFound("ARRIVAL_NOT_FOUND", "到账记录不存在"));
    }

    private static void requireOpen(Arrival arrival) {
        if (!arrival.status().open()) {
            throw DomainException.conflict("ARRIVAL_DECIDED", "该到账记录" + arrival.status().label() + "，不能再处理");
        }
    }

    private List<Arrival> group(Caller caller, Arrival arrival) {
        if (arrival.match().group().isEmpty()) {
            return List.of(arrival);
        }
        List<Arrival> lines = arrival.match().group().stream().map(k -> k.equals(arrival.key()) ? arrival : load(caller, k))
                .toList();
        lines.forEach(Reconciliation::requireOpen);
        return lines;
    }

    /** The chosen businesses, each 待缴费 in the caller's org, whose dues add up to what the lines brought. */
    private Map<String, Enrollment> payable(Caller caller, List<String> chosen, List<Arrival> lines) {
        Map<String, Enrollment> found = enrollments.findAll(chosen);
        Money due = Money.ZERO;
        for (String id : chosen) {
            Enrollment e = found.get(id);
            if (e == null || !caller.maySee(e.unitId(), e.orgCode())) {
                throw DomainException.notFound("ENROLLMENT_NOT_FOUND", "参保单不存在");
            }
            if (e.state() != EnrollmentState.AWAITING_PAYMENT) {
                throw DomainException.conflict("ENROLLMENT_NOT_AWAITING_PAYMENT", "参保单" + e.applicationNo() + "当前"
                        + e.state().label() + "，不是待缴费");
            }
            due = due.plus(e.fees().payable());
        }
        Arrival.requirePays(lines, due);
        return found;
    }

    private void claim(String lineKey, List<String> chosen) {
        for (String id : chosen) {
            if (!arrivals.claim(id, lineKey)) {
                throw DomainException.conflict("ARRIVAL_BUSINESS_TAKEN", "该参保单已由另一笔到账匹配，请先处理那一笔");
            }
        }
    }

    /** Marks the lines confirmed; returns the lines as they were, for {@link #undo}. */
    private List<Arrival> mark(List<Arrival> lines, List<String> chosen) {
        List<Arrival> marked = new ArrayList<>();
        for (Arrival line : lines) {
            if (!arrivals.update(line.confirmed(chosen))) {
                undo(marked, chosen);
                throw changed();
            }
            marked.add(line);
        }
        return marked;
    }

    /** Puts lines marked for a confirmation that did not happen back as they were, and gives their businesses back. */
    private void undo(List<Arrival> originals, List<String> chosen) {
        for (Arrival original : originals) {
            arrivals.find(original.key()).ifPresent(now -> arrivals.update(new Arrival(original.key(), original.orgCode(),
                    original.uploadId(), original.line(), original.match(), original.confirmedFor(), original.note(),
                    original.createdAt(), now.version())));
        }
        if (!originals.isEmpty()) {
            chosen.forEach(id -> arrivals.release(id, originals.get(0).key()));
        }
    }

    private static String reference(List<Arrival> lines) {
        String joined = String.join("+", lines.stream().map(a -> a.line().bankReference()).toList());
        return joined.length() <= 50 ? joined : lines.get(0).line().bankReference() + "等" + lines.size() + "笔";
    }

    private void decide(Caller caller, String key, String action, String detail) {
        arrivals.record(key, new ArrivalStore.Decision(clock.instant().toString(), caller.username(), action, detail));
    }

    private static DomainException changed() {
        return DomainException.conflict("ARRIVAL_CHANGED", "该到账记录刚被他人处理，请刷新后查看");
    }
}
