package cn.huzhu.domain.unit;

import cn.huzhu.domain.common.Checks;
import cn.huzhu.domain.identity.CreditCode;

/**
 * A member unit (基层工会 or company) as step ③ shows it and 信息维护 edits it.
 *
 * @param secret 涉密单位
 * @param creditCode the unit's 统一社会信用代码 (GB 32100), empty when not given; invoices start from it
 */
public record Unit(
        String id,
        String orgCode,
        String name,
        String nature,
        String union,
        boolean secret,
        String province,
        String city,
        String district,
        String address,
        String contact,
        String officePhone,
        String mobile,
        String email,
        String creditCode,
        Long version) {

    /** Checks the fields a unit may edit; name and org are the office's. */
    public Unit {
        Checks checks = new Checks();
        checks.require(!Checks.blank(name) && name.length() <= 60, "name", "单位名称不能为空且不超过60个字");
        checks.require(length(nature) <= 20, "nature", "单位性质不超过20个字");
        checks.require(length(union) <= 60, "union", "所属工会不超过60个字");
        checks.require(length(province) <= 20 && length(city) <= 20 && length(district) <= 20, "province", "省市区各不超过20个字");
        checks.require(length(address) <= 100, "address", "地址详情不超过100个字");
        checks.require(length(contact) <= 30, "contact", "联系人不超过30个字");
        checks.require(Checks.blank(officePhone) || officePhone.matches("[0-9-]{7,20}"), "officePhone", "办公电话只能包含数字和短横线");
        checks.require(Checks.blank(mobile) || mobile.matches("1\\d{10}"), "mobile", "手机号应为1开头的11位数字");
        checks.require(Checks.blank(email) || email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") && email.length() <= 100, "email",
                "邮箱格式不正确");
        creditCode = creditCode == null ? "" : CreditCode.normalize(creditCode);
        String codeProblem = creditCode.isEmpty() ? null : CreditCode.problem(creditCode);
        checks.require(codeProblem == null, "creditCode", codeProblem);
        checks.throwIfAny("UNIT_INVALID");
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }

    /**
     * What a unit edits itself: everything but its identity, name and org. A field left out (null) keeps its value;
     * a blank mobile keeps the stored one too, since forms only ever show it masked.
     */
    public record Profile(String nature, String union, Boolean secret, String province, String city, String district,
            String address, String contact, String officePhone, String mobile, String email, String creditCode) {
    }

    public Unit withProfile(Profile p) {
        return new Unit(id, orgCode, name, keep(p.nature(), nature), keep(p.union(), union),
                p.secret() == null ? secret : p.secret(), keep(p.province(), province), keep(p.city(), city),
                keep(p.district(), district), keep(p.address(), address), keep(p.contact(), contact),
                keep(p.officePhone(), officePhone), Checks.blank(p.mobile()) ? mobile : p.mobile().trim(),
                keep(p.email(), email), p.creditCode() == null ? creditCode : p.creditCode(), version);
    }

    /** The office writes to the contact and calls them: a unit's own profile names a contact, a phone and an email. */
    public void requireContact() {
        Checks checks = new Checks();
        checks.require(!Checks.blank(contact), "contact", "请填写联系人");
        checks.require(!Checks.blank(mobile) || !Checks.blank(officePhone), "mobile", "请填写手机号或办公电话");
        checks.require(!Checks.blank(email), "email", "请填写联系邮箱，审核结果和电子票据将发送到该邮箱");
        checks.throwIfAny("UNIT_INVALID");
    }

    public Unit renamed(String newName) {
        return new Unit(id, orgCode, newName == null ? null : newName.trim(), nature, union, secret, province, city,
                district, address, contact, officePhone, mobile, email, creditCode, version);
    }

    private static String keep(String given, String stored) {
        return given == null ? (stored == null ? "" : stored) : given.trim();
    }
}
