package cn.huzhu.domain.statement;

import java.util.List;

/** A column of a bank statement, with the header names banks' 企业网银 exports give it. */
public enum StatementColumn {
    DATE("交易日期", List.of("交易日期", "记账日期", "入账日期", "交易时间", "记账时间", "日期", "交易日", "记账日")),
    CREDIT("贷方金额", List.of("贷方发生额", "收入金额", "入账金额", "贷方金额", "收入", "贷方", "转入金额", "存入金额")),
    DEBIT("借方金额", List.of("借方发生额", "支出金额", "借方金额", "支出", "借方", "转出金额", "出账金额", "支取金额")),
    AMOUNT("交易金额", List.of("交易金额", "发生额", "金额")),
    DIRECTION("借贷标志", List.of("借贷标志", "借贷标识", "借贷方向", "收支标志", "收支方向", "借贷")),
    PAYER_NAME("对方户名", List.of("对方户名", "对方单位名称", "付款人名称", "对方名称", "付款人户名", "对方账户名称",
            "对方单位", "付款方名称", "对方账户户名")),
    PAYER_ACCOUNT("对方账号", List.of("对方账号", "付款人账号", "对方账户", "对方账户账号", "付款方账号", "对方卡号")),
    REMARK("摘要", List.of("摘要", "用途", "附言", "备注", "交易附言", "交易用途", "交易摘要", "附加信息")),
    SERIAL("流水号", List.of("流水号", "交易流水号", "凭证号", "交易流水", "柜员流水号", "交易序号", "交易参考号", "凭证号码")),
    ACCOUNT("本方账号", List.of("本方账号", "我方账号", "本方账户", "账号", "账户"));

    private final String label;
    private final List<String> names;

    StatementColumn(String label, List<String> names) {
        this.label = label;
        this.names = names;
    }

    public String label() {
        return label;
    }

    /** Whether a header cell, made plain (no spaces, no bracketed unit such as "（元）"), names this column. */
    boolean names(String plainHeader) {
        return names.contains(plainHeader);
    }
}
