package cn.huzhu.adapter.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.huzhu.domain.document.ConfirmationContent;
import cn.huzhu.domain.document.NoticeContent;
import cn.huzhu.domain.money.Money;

/** Document contents for the printers' tests: the guide's 女工特病 business and a 确认书 of as many members as asked. */
final class Documents {
    static final String URL = "https://huzhu.example.cn/#/verify?kind=confirmation&number=G15032026120007&check=k3m9xz";

    private Documents() {
    }

    static NoticeContent notice() {
        return new NoticeContent(NoticeContent.TITLE, "PRT17", "参保", "青岛海湾化工有限公司", LocalDate.of(2026, 11, 20),
                List.of(new NoticeContent.Line("女职工特殊疾病互助保障活动", "女工特病2025版(标准版)(会费25元)", 2, 8,
                        Money.ofYuan(400), Money.ZERO, Money.ofYuan(400)),
                        new NoticeContent.Line("在职职工住院医疗(一年期)", "住院医疗(A方案)(会费95元)", 1, 25, Money.ofYuan(2375),
                                Money.ofYuan(875), Money.ofYuan(1500))),
                Money.ofYuan(1900), "壹仟玖佰元整", "中国职工保险互助会青岛办事处", "232554192616", "中国银行青岛市南支行",
                "104452000028", "转账、支票、支票倒存、电汇、国库支付", "K7Q2M4",
                "转账时请在附言（用途）栏写明单位名称和缴款识别码：青岛海湾化工有限公司 K7Q2M4",
                "每月1日至25日到账的款项当月确认；26日及以后到账的，次月初确认", "82825028、83092326");
    }

    static ConfirmationContent confirmation(int members) {
        List<ConfirmationContent.MemberLine> lines = new ArrayList<>();
        for (int i = 1; i <= members; i++) {
            lines.add(new ConfirmationContent.MemberLine(i, "女工特病2025版(标准版)(会费25元)", "女工" + i, "居民身份证",
                    "370203********" + String.format("%04d", i % 10000), "女", "一般职业", LocalDate.of(2026, 12, 3),
                    LocalDate.of(2028, 12, 2), i % 2 == 0 ? null : LocalDate.of(2027, 3, 2)));
        }
        return new ConfirmationContent(ConfirmationContent.TITLE, "G15032026120007", "PRT17", "青岛海湾化工有限公司", "青岛",
                LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 3),
                List.of(new ConfirmationContent.Plan("NT01", "女职工特殊疾病互助保障活动", "女工特病2025版(标准版)(会费25元)", 2,
                        members + 5, 5, Money.ofYuan(50L * (members + 5)), LocalDate.of(2026, 12, 3), LocalDate.of(2028, 12, 2))),
                members + 5, 5, members, Money.ofYuan(50L * (members + 5)), "", lines, "中国职工保险互助会青岛办事处", "k3m9xz", URL);
    }
}
