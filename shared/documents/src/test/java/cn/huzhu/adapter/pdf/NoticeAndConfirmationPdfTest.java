package cn.huzhu.adapter.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import cn.huzhu.domain.document.ConfirmationContent;

class NoticeAndConfirmationPdfTest {

    @Test
    void theNoticeCarriesTheMoneyThePayeeAndTheReferenceToWriteInTheRemark() {
        String text = PdfReading.text(new NoticePdf().render(Documents.notice())).replace(" ", "");
        assertThat(text).contains("职工互助保障活动缴费通知单", "申请书号：PRT17", "业务类型：参保", "录入日期：2026-11-20",
                "缴费单位：青岛海湾化工有限公司", "女工特病2025版(标准版)(会费25元)", "400.00", "2375.00", "875.00", "1500.00",
                "壹仟玖佰元整", "（小写）1900.00元", "收款账户名称：中国职工保险互助会青岛办事处", "收款账号：232554192616",
                "收款银行：中国银行青岛市南支行", "行号：104452000028", "缴款识别码", "K7Q2M4",
                "附言（用途）栏写明单位名称和缴款识别码：青岛海湾化工有限公司K7Q2M4", "转账、支票、支票倒存、电汇、国库支付",
                "每月1日至25日到账的款项当月确认；26日及以后到账的，次月初确认", "82825028、83092326");
        assertThat(PdfReading.pages(new NoticePdf().render(Documents.notice()))).isEqualTo(1);
    }

    @Test
    void aThreePageListIsNumberedWithSubtotalsThatAddUpAndIdsStayMasked() {
        ConfirmationContent content = Documents.confirmation(90);
        byte[] pdf = new ConfirmationPdf().render(content);
        assertThat(PdfReading.pages(pdf)).isEqualTo(3);
        List<String> pages = PdfReading.pageTexts(pdf);
        int subtotal = 0;
        for (int page = 1; page <= 3; page++) {
            String text = pages.get(page - 1).replace(" ", "");
            assertThat(text).contains("第" + page + "页", "共3页", "序号", "证件号码");
            Matcher m = Pattern.compile("本页小计：(\\d+)人次").matcher(text);
            assertThat(m.find()).isTrue();
            subtotal += Integer.parseInt(m.group(1));
        }
        assertThat(subtotal).isEqualTo(90);
        String all = String.join("\n", pages).replace(" ", "");
        assertThat(all).contains("确认书号：G15032026120007", "单位名称：青岛海湾化工有限公司", "确认日期：2026-12-02",
                "生效日期：2026-12-03", "2026年12月3日0时起", "至2028年12月2日24时止", "查验码：k3m9xz", "其中无名单", "2955",
                "合计：95人次（含无名单5人次）", "参保人员名单（共90人，90人次）", "370203********0001", "370203********0090", "女工90", "2026-12-03至2028-12-02");
        assertThat(all).doesNotContainPattern("\\d{17}[0-9X]").doesNotContain("1985-", "出生");
        List<Integer> numbers = new ArrayList<>();
        Matcher seq = Pattern.compile("\\n(\\d+)女工特病").matcher(all);
        while (seq.find()) {
            numbers.add(Integer.parseInt(seq.group(1)));
        }
        assertThat(numbers).hasSize(90).isSorted();
        assertThat(PdfReading.qrCode(pdf)).isEqualTo(Documents.URL);
    }

    @Test
    void aShortListFitsOnThePlansPage() {
        byte[] pdf = new ConfirmationPdf().render(Documents.confirmation(3));
        assertThat(PdfReading.pages(pdf)).isEqualTo(1);
        assertThat(PdfReading.text(pdf).replace(" ", "")).contains("第1页", "共1页", "本页小计：3人次");
    }
}
