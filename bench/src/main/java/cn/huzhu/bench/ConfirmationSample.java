package cn.huzhu.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.huzhu.domain.document.ConfirmationContent;
import cn.huzhu.domain.money.ChineseAmount;
import cn.huzhu.domain.money.Money;

/**
 * A 确认书 as large as asked: two plans, members with varied three-character names (so the embedded subset holds
 * a few hundred glyphs, as a real list does), masked IDs.
 */
final class ConfirmationSample {
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉俊峰建国志海波宁";
    private static final LocalDate CONFIRMED = LocalDate.of(2026, 12, 2);

    private ConfirmationSample() {
    }

    static ConfirmationContent of(int members) {
        List<ConfirmationContent.MemberLine> lines = new ArrayList<>(members);
        for (int i = 1; i <= members; i++) {
            boolean hospital = i % 3 == 0;
            String name = "" + SURNAMES.charAt(i % SURNAMES.length()) + GIVEN.charAt(i * 7 % GIVEN.length())
                    + GIVEN.charAt(i * 13 % GIVEN.length());
            lines.add(new ConfirmationContent.MemberLine(i, hospital ? "住院医疗(A方案)(会费95元)" : "女工特病2025版(标准版)(会费25元)",
                    name, "居民身份证", "370203********" + String.format("%04d", i % 10_000), hospital && i % 2 == 0 ? "男" : "女",
                    i % 17 == 0 ? "高危职业" : "一般职业", CONFIRMED.plusDays(1), CONFIRMED.plusYears(hospital ? 1 : 2),
                    i % 5 == 0 ? null : CONFIRMED.plusDays(hospital ? 30 : 90)));
        }
        int hospital = members / 3;
        Money nt = Money.ofYuan(50L * (members - hospital));
        Money zy = Money.ofYuan(95L * hospital);
        Money total = nt.plus(zy);
        return new ConfirmationContent(ConfirmationContent.TITLE, "G15032026120007", "PRT17", "青岛海湾化工有限公司", "青岛",
                CONFIRMED, CONFIRMED.plusDays(1), List.of(
                        new ConfirmationContent.Plan("NT01", "女职工特殊疾病互助保障活动", "女工特病2025版(标准版)(会费25元)", 2,
                                members - hospital, 0, nt, CONFIRMED.plusDays(1), CONFIRMED.plusYears(2)),
                        new ConfirmationContent.Plan("ZY01", "在职职工住院医疗互助保障活动", "住院医疗(A方案)(会费95元)", 1, hospital,
                                0, zy, CONFIRMED.plusDays(1), CONFIRMED.plusYears(1))),
                members, 0, members, total, ChineseAmount.of(total), lines, "中国职工保险互助会青岛办事处", "k3m9xz",
                "https://huzhu.example.cn/#/verify?kind=confirmation&number=G15032026120007&check=k3m9xz");
    }
}
