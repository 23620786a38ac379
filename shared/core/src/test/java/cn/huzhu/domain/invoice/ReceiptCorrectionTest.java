package cn.huzhu.domain.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import cn.huzhu.domain.common.DomainException;
import cn.huzhu.domain.money.Money;

class ReceiptCorrectionTest {
    private static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");
    private static final ReceiptPayer CORRECTED = new ReceiptPayer("青岛啤酒股份有限公司工会", null, "", "new@example.cn", "");
    private int next = 1;

    private ReceiptContent.Issue issue() {
        return new ReceiptContent.Issue("37050126", String.format("%010d", next++), "", LocalDate.of(2026, 12, 1), "办事处",
                "开票员", "复核员");
    }

    private ReceiptContent blue(String yuan) {
        ReceiptContent.Issue issue = issue();
        return new ReceiptContent(ReceiptContent.TITLE, issue.code(), issue.number(), "", "青岛啤酒", "", issue.issuedOn(),
                List.of(new ReceiptContent.Line("9930", "会费 女工特病", "元", 8, Money.parse("25"), Money.parse(yuan), "")),
                Money.parse(yuan), "", "办事处", "开票员", "复核员", "", "转账", "LZ1", null, null, null);
    }

    @Test
    void aRedReceiptNegatesEveryLineAndWritesItsTotalAfter负() {
        ReceiptContent original = blue("400.00");
        ReceiptContent red = original.reversal(issue());
        assertThat(red.total()).isEqualTo(Money.parse("-400"));
        assertThat(red.totalInWords()).isEqualTo("负肆佰元整");
        assertThat(red.lines()).singleElement().satisfies(line -> {
            assertThat(line.quantity()).isEqualTo(-8);
            assertThat(line.amount()).isEqualTo(Money.parse("-400"));
        });
        assertThat(red.related()).isEqualTo(original.reference());
        assertThat(red.red()).isTrue();
        assertThatThrownBy(() -> red.reversal(issue())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aReplacementKeepsTheAmountsAndNamesTheCorrectedPayer() {
        ReceiptContent original = blue("400.00");
        ReceiptContent replacement = original.replacement(issue(), CORRECTED);
        assertThat(replacement.total()).isEqualTo(original.total());
        assertThat(replacement.lines()).isEqualTo(original.lines());
        assertThat(replacement.payer()).isEqualTo(CORRECTED.title());
        assertThat(replacement.related()).isEqualTo(original.reference());
        assertThat(replacement.number()).isNotEqualTo(original.number());
    }

    @Test
    void aReceiptIsReversedOnceAndARequestNeedsAReason() {
        ReceiptCorrection none = ReceiptCorrection.none("e", "1503", "37050126", "0000000001");
        ReceiptCorrection reversed = none.reversed("37050126", "0000000009", "抬头有误", "finance1", AT);
        assertThatThrownBy(() -> reversed.reversed("37050126", "0000000010", "again", "finance1", AT))
                .isInstanceOf(DomainException.class).hasMessageContaining("已冲红");
        assertThatThrownBy(() -> none.reversed("c", "n", " ", "finance1", AT)).isInstanceOf(DomainException.class)
                .hasMessageContaining("原因");
        assertThatThrownBy(() -> ReceiptCorrection.request(reversed, "e", "1503", "c", "n", CORRECTED, "x", "unit1", AT))
                .isInstanceOf(DomainException.class);
        ReceiptCorrection asked = ReceiptCorrection.request(null, "e", "1503", "c", "n", CORRECTED, "抬头写错", "unit1", AT);
        ReceiptCorrection refused = asked.refused("抬头无误", "finance1", AT);
        assertThat(refused.inForce()).isTrue();
        assertThat(ReceiptCorrection.request(refused, "e", "1503", "c", "n", CORRECTED, "再次申请", "unit1", AT).status())
                .isEqualTo(ReceiptCorrection.Status.REQUESTED);
    }

    /**
     * Random 红冲, 换开, requests and refusals over an enrollment's receipts: every receipt issued (red ones negative) adds
     * up to the receipts in force, and those in force with the amounts awaiting a receipt again add up to what was paid.
     */
    @RepeatedTest(50)
    void receiptsInForceAlwaysAddUpToWhatWasPaid() {
        Random random = new Random(next * 7919L + System.nanoTime());
        List<ReceiptContent> issued = new ArrayList<>(List.of(blue("400.00"), blue("80.00"), blue("0.01")));
        Money paid = Money.parse("480.01");
        Map<String, ReceiptCorrection> corrections = new HashMap<>();
        for (int step = 0; step < 30; step++) {
            List<ReceiptContent> candidates = issued.stream().filter(r -> !r.red()).toList();
            ReceiptContent target = candidates.get(random.nextInt(candidates.size()));
            ReceiptCorrection current = corrections.getOrDefault(target.reference(),
                    ReceiptCorrection.none("e", "1503", target.code(), target.number()));
            try {
                switch (random.nextInt(4)) {
                    case 0 -> {
                        ReceiptContent red = target.reversal(issue());
                        corrections.put(target.reference(), current.reversed(red.code(), red.number(), "冲红", "f", AT));
                        issued.add(red);
                    }
                    case 1 -> {
                        ReceiptCorrection reversed = current;
                        if (current.inForce()) {
                            ReceiptContent red = target.reversal(issue());
                            reversed = current.reversed(red.code(), red.number(), "换开", "f", AT);
                            issued.add(red);
                        }
                        ReceiptContent replacement = target.replacement(issue(), CORRECTED);
                        corrections.put(target.reference(), reversed.replaced(CORRECTED, replacement.code(),
                                replacement.number(), "f", AT));
                        issued.add(replacement);
                    }
                    case 2 -> corrections.put(target.reference(), ReceiptCorrection.request(corrections.get(target.reference()),
                            "e", "1503", target.code(), target.number(), CORRECTED, "申请", "u", AT));
                    default -> corrections.put(target.reference(), current.refused("不同意", "f", AT));
                }
            } catch (DomainException | IllegalStateException refused) {
                // a step the rules refuse changes nothing
            }
            Money all = issued.stream().map(ReceiptContent::total).reduce(Money.ZERO, Money::plus);
            Money inForce = issued.stream().filter(r -> !r.red()).filter(r -> corrections.getOrDefault(r.reference(),
                    ReceiptCorrection.none("e", "1503", r.code(), r.number())).inForce()).map(ReceiptContent::total)
                    .reduce(Money.ZERO, Money::plus);
            Money awaiting = issued.stream().filter(r -> !r.red()).filter(r -> {
                ReceiptCorrection c = corrections.get(r.reference());
                return c != null && c.status() == ReceiptCorrection.Status.REVERSED;
            }).map(ReceiptContent::total).reduce(Money.ZERO, Money::plus);
            assertThat(all).isEqualTo(inForce);
            assertThat(inForce.plus(awaiting)).isEqualTo(paid);
        }
    }
}
