package cn.huzhu.domain.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.huzhu.domain.identity.TextNormalizer;
import cn.huzhu.domain.money.Money;

/**
 * Matches 到账记录 to 待缴费 enrollments as 到账核对 says: a valid code and the exact due is 自动匹配; a valid code and
 * another amount 金额不符 (unless lines with that code add up to the due: a split payment, proposed); several codes of
 * one unit whose dues add up to the amount a combined payment, proposed; a code that fails its check or names no open
 * enrollment 待处理 (识别码无效); no code: up to three suggestions of equal amount, ranked by how close the payer's name
 * is to the unit or an invoice's 抬头, or two transfers from payers resembling one unit that together pay its due. An
 * enrollment already matched by another line makes a second full payment
 * 待处理 (重复缴款). The dues are indexed once, so a line costs lookups, never a scan of the enrollments.
 */
public final class StatementMatcher {
    static final int SUGGESTIONS = 3;
    /** How close (0–100) each payer of a split without a code must be to the unit or one of its 抬头. */
    static final int SPLIT_FIT = 50;

    private final Map<String, OpenDue> byCode = new HashMap<>();
    private final Map<Long, List<OpenDue>> byAmount = new HashMap<>();
    private final Map<Long, List<List<OpenDue>>> unitsByTotal = new HashMap<>();
    private final Set<String> taken;

    /** {@code dues} every 待缴费 enrollment with a printed notice; {@code taken} those another line already matched. */
    public StatementMatcher(List<OpenDue> dues, Set<String> taken) {
        this.taken = new HashSet<>(taken);
        Map<String, List<OpenDue>> byUnit = new LinkedHashMap<>();
        for (OpenDue due : dues) {
            if (due.code() != null) {
                byCode.put(due.code(), due);
            }
            byAmount.computeIfAbsent(due.payable().fen(), k -> new ArrayList<>()).add(due);
            byUnit.computeIfAbsent(due.unitId(), k -> new ArrayList<>()).add(due);
        }
        byUnit.values().stream().filter(unit -> unit.size() > 1).forEach(unit -> unitsByTotal
                .computeIfAbsent(total(unit).fen(), k -> new ArrayList<>()).add(unit));
    }

    /** Each line's match, by the line's key, in the lines' order. */
    public Map<String, Match> match(List<BankLine> lines) {
        Map<BankLine, List<OpenDue>> coded = new LinkedHashMap<>();
        for (BankLine line : lines) {
            coded.put(line, RemarkCodes.in(line.remark()).codes().stream().map(byCode::get)
                    .filter(java.util.Objects::nonNull).toList());
        }
        Map<String, List<String>> splits = splits(coded);
        Map<String, Match> uncodedSplits = uncodedSplits(coded.entrySet().stream()
                .filter(e -> e.getValue().isEmpty() && RemarkCodes.in(e.getKey().remark()).isEmpty())
                .map(Map.Entry::getKey).toList());
        Map<String, Match> matches = new LinkedHashMap<>();
        for (BankLine line : lines) {
            Match pair = uncodedSplits.get(line.key());
            matches.put(line.key(), pair != null ? pair : match(line, coded.get(line), splits));
        }
        return matches;
    }

    /**
     * Two transfers without a code that together pay one business's due, after its notice, each from a payer that
     * resembles the unit or one of its 抬头 (a split payment, proposed): by line key, the proposal.
     */
    private Map<String, Match> uncodedSplits(List<BankLine> uncoded) {
        Map<Long, List<BankLine>> linesByAmount = new HashMap<>();
        uncoded.forEach(line -> linesByAmount.computeIfAbsent(line.amount().fen(), k -> new ArrayList<>()).add(line));
        List<OpenDue> open = byAmount.values().stream().flatMap(List::stream)
                .filter(due -> !taken.contains(due.enrollmentId())).toList();
        Map<String, Match> proposals = new HashMap<>();
        for (BankLine first : uncoded) {
            for (OpenDue due : open) {
                long rest = due.payable().fen() - first.amount().fen();
                List<BankLine> seconds = rest > 0 ? linesByAmount.get(rest) : null;
                if (seconds == null || proposals.containsKey(first.key()) || !resembles(first, due)) {
                    continue;
                }
                seconds.stream().filter(second -> second != first && !proposals.containsKey(second.key())
                        && resembles(second, due)).findFirst().ifPresent(second -> {
                            Match proposal = new Match(MatchStatus.PROPOSED, "拆分缴款（无识别码）：2笔到账合计"
                                    + due.payable().format() + "元，等于参保单" + due.applicationNo() + "的应付金额", List.of(),
                                    List.of(new Match.Suggestion(List.of(due.enrollmentId()),
                                            Math.min(fit(first.payerName(), due), fit(second.payerName(), due)))),
                                    null, List.of(first.key(), second.key()));
                            proposals.put(first.key(), proposal);
                            proposals.put(second.key(), proposal);
                        });
            }
        }
        return proposals;
    }

    /** A payer close enough to a business's unit or 抬头 to propose a split without a code, after its notice. */
    private static boolean resembles(BankLine line, OpenDue due) {
        return printedBy(due, line) && fit(line.payerName(), due) >= SPLIT_FIT;
    }

    /** Lines that carry one code and pay less than its due, and together pay it exactly: by line key, the group. */
    private static Map<String, List<String>> splits(Map<BankLine, List<OpenDue>> coded) {
        Map<String, List<BankLine>> partial = new LinkedHashMap<>();
        coded.forEach((line, dues) -> {
            if (dues.size() == 1 && line.amount().compareTo(dues.get(0).payable()) < 0) {
                partial.computeIfAbsent(dues.get(0).enrollmentId(), k -> new ArrayList<>()).add(line);
            }
        });
        Map<String, List<String>> groups = new HashMap<>();
        partial.forEach((enrollmentId, group) -> {
            Money sum = group.stream().map(BankLine::amount).reduce(Money.ZERO, Money::plus);
            OpenDue due = coded.get(group.get(0)).get(0);
            if (group.size() > 1 && sum.equals(due.payable())) {
                List<String> keys = group.stream().map(BankLine::key).toList();
                keys.forEach(key -> groups.put(key, keys));
            }
        });
        return groups;
    }

    private Match match(BankLine line, List<OpenDue> dues, Map<String, List<String>> splits) {
        if (dues.size() == 1) {
            return oneCode(line, dues.get(0), splits.get(line.key()));
        }
        if (dues.size() > 1) {
            return combined(line, dues);
        }
        RemarkCodes.Found found = RemarkCodes.in(line.remark());
        if (!found.broken().isEmpty() || !found.standalone().isEmpty()) {
            List<String> named = new ArrayList<>(found.standalone());
            named.addAll(found.broken());
            return Match.of(MatchStatus.PENDING, "识别码无效：" + String.join("、", named)
                    + (found.broken().isEmpty() ? "（不是待缴费参保单的识别码）" : "（校验位不符）"), List.of());
        }
        return suggest(line);
    }

    private Match oneCode(BankLine line, OpenDue due, List<String> split) {
        Money difference = line.amount().minus(due.payable());
        if (split != null) {
            return new Match(MatchStatus.PROPOSED, "拆分缴款：" + split.size() + "笔到账合计" + due.payable().format()
                    + "元，等于参保单" + due.applicationNo() + "的应付金额", List.of(due.enrollmentId()), List.of(), null, split);
        }
        if (!difference.isZero()) {
            return new Match(MatchStatus.MISMATCH, "识别码" + due.code() + "，" + (difference.isNegative() ? "少付" : "多付")
                    + difference.abs().format() + "元（应付" + due.payable().format() + "元）", List.of(due.enrollmentId()),
                    List.of(), difference, List.of());
        }
        if (!taken.add(due.enrollmentId())) {
            return Match.of(MatchStatus.PENDING, "重复缴款：参保单" + due.applicationNo() + "已有到账记录匹配", List.of());
        }
        return Match.of(MatchStatus.AUTO, "识别码" + due.code() + "，金额相符", List.of(due.enrollmentId()));
    }

    private Match combined(BankLine line, List<OpenDue> dues) {
        boolean oneUnit = dues.stream().map(OpenDue::unitId).distinct().count() == 1;
        if (!oneUnit) {
            return Match.of(MatchStatus.PENDING, "备注中有不同单位的识别码，请人工处理", List.of());
        }
        if (!total(dues).equals(line.amount())) {
            return Match.of(MatchStatus.PENDING, "备注中有" + dues.size() + "个识别码，应付合计" + total(dues).format()
                    + "元，与到账金额不符", List.of());
        }
        if (dues.stream().anyMatch(due -> taken.contains(due.enrollmentId()))) {
            return Match.of(MatchStatus.PENDING, "重复缴款：其中有参保单已有到账记录匹配", List.of());
        }
        return Match.of(MatchStatus.PROPOSED, "合并缴款：" + dues.size() + "张参保单应付合计" + total(dues).format() + "元",
                dues.stream().map(OpenDue::enrollmentId).toList());
    }

    private Match suggest(BankLine line) {
        List<Match.Suggestion> suggestions = new ArrayList<>();
        for (OpenDue due : byAmount.getOrDefault(line.amount().fen(), List.of())) {
            if (printedBy(due, line) && !taken.contains(due.enrollmentId())) {
                suggestions.add(new Match.Suggestion(List.of(due.enrollmentId()), fit(line.payerName(), due)));
            }
        }
        for (List<OpenDue> unit : unitsByTotal.getOrDefault(line.amount().fen(), List.of())) {
            if (unit.stream().allMatch(due -> printedBy(due, line) && !taken.contains(due.enrollmentId()))) {
                suggestions.add(new Match.Suggestion(unit.stream().map(OpenDue::enrollmentId).toList(),
                        fit(line.payerName(), unit.get(0))));
            }
        }
        if (suggestions.isEmpty()) {
            return Match.of(MatchStatus.PENDING, "备注中没有识别码，也没有金额相符的待缴费参保单", List.of());
        }
        suggestions.sort(Comparator.comparingInt(Match.Suggestion::score).reversed());
        List<Match.Suggestion> best = suggestions.subList(0, Math.min(SUGGESTIONS, suggestions.size()));
        return new Match(MatchStatus.PROPOSED, "备注中没有识别码，按金额和付款人推荐" + best.size() + "张参保单", List.of(),
                best, null, List.of());
    }

    private static boolean printedBy(OpenDue due, BankLine line) {
        return due.noticePrintedOn() != null && !line.bookedOn().isBefore(due.noticePrintedOn());
    }

    /** How close a payer's name is to the unit or one of its 抬头: 0–100, by shared pairs of characters (Dice). */
    static int fit(String payer, OpenDue due) {
        int best = similarity(payer, due.unitName());
        for (String title : due.titles()) {
            best = Math.max(best, similarity(payer, title));
        }
        return best;
    }

    static int similarity(String a, String b) {
        List<String> left = pairs(a);
        List<String> right = new ArrayList<>(pairs(b));
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        int shared = 0;
        int total = left.size() + right.size();
        for (String pair : left) {
            if (right.remove(pair)) {
                shared++;
            }
        }
        return 200 * shared / total;
    }

    private static List<String> pairs(String text) {
        String plain = TextNormalizer.halfWidthWithoutSpaces(text).replaceAll("[（）()]", "");
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < plain.length(); i++) {
            pairs.add(plain.substring(i, i + 2));
        }
        return pairs;
    }

    private static Money total(List<OpenDue> dues) {
        return dues.stream().map(OpenDue::payable).reduce(Money.ZERO, Money::plus);
    }
}
