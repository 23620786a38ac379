package cn.huzhu.domain.statement;

import cn.huzhu.domain.common.DomainException;

/** A file refused as a whole, with one message for the finance clerk. */
public final class StatementException {
    public static final String NOT_RECOGNISED = "STATEMENT_NOT_RECOGNISED";

    private StatementException() {
    }

    public static DomainException notAStatement() {
        return DomainException.invalid(NOT_RECOGNISED,
                "文件不是可识别的银行对账单：前" + StatementTable.HEADER_SEARCH_ROWS
                        + "行中没有找到“交易日期”和“贷方发生额”（或“交易金额”）等列；如确是本会账户的对账单，请在上传记录中“指定列”");
    }

    public static DomainException noAccount() {
        return DomainException.invalid("STATEMENT_NO_ACCOUNT", "对账单中没有找到本方账号，无法确认是本会收款账户的对账单");
    }

    public static DomainException otherAccount(String account) {
        String tail = account.length() > 4 ? account.substring(account.length() - 4) : account;
        return DomainException.invalid("STATEMENT_OTHER_ACCOUNT",
                "对账单的账号（尾号" + tail + "）不是本会的收款账户，未导入");
    }

    public static DomainException unreadable(String why) {
        return DomainException.invalid("STATEMENT_UNREADABLE", "对账单文件无法读取：" + why);
    }
}
