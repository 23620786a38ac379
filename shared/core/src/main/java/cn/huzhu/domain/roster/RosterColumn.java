package cn.huzhu.domain.roster;

import java.util.Optional;

import cn.huzhu.domain.identity.TextNormalizer;

/** The columns of 参保人信息模板-通用, found in a file by their header text, never by position. */
public enum RosterColumn {
    SEQUENCE("序号", false, "可不填，仅便于核对"),
    NAME("姓名", true, "必填，不超过30个字，不能含数字"),
    ID_TYPE("证件类型", true, "必填，从下拉列表选择"),
    ID_NUMBER("证件号码", true, "必填；居民身份证为18位，末位可为X"),
    GENDER("性别", false, "男或女；居民身份证可不填，填写时须与号码一致；其他证件必填"),
    BIRTH_DATE("出生日期", false, "格式yyyy-MM-dd、yyyy/M/d或yyyyMMdd；居民身份证可不填，其他证件必填"),
    PHONE("手机号", false, "可不填；填写时为1开头的11位数字"),
    OCCUPATION("职业类别", false, "一般职业或高危职业，不填视为一般职业"),
    NOTE("备注", false, "可不填，不超过100个字"),
    HIRE_DATE("入职日期", false, "增员时填写：原参保单生效满10天后只能增员60天内入职的人员；格式同出生日期");

    private final String header;
    private final boolean markedRequired;
    private final String guidance;

    RosterColumn(String header, boolean markedRequired, String guidance) {
        this.header = header;
        this.markedRequired = markedRequired;
        this.guidance = guidance;
    }

    public String header() {
        return header;
    }

    /** The header as the template prints it: required columns carry an asterisk. */
    public String templateHeader() {
        return markedRequired ? header + "*" : header;
    }

    public String guidance() {
        return guidance;
    }

    /** Matches "姓名", "姓名*", "＊姓名", " 姓 名 " alike. */
    public static Optional<RosterColumn> byHeader(String text) {
        String cleaned = TextNormalizer.halfWidthWithoutSpaces(text).replace("*", "");
        for (RosterColumn column : values()) {
            if (column.header.equals(cleaned)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}
