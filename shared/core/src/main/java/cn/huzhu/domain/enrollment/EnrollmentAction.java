package cn.huzhu.domain.enrollment;

/** What moves an enrollment from one state to another. */
public enum EnrollmentAction {
    SUBMIT("提交初审"),
    APPROVE("审核通过"),
    RETURN("退回"),
    SUBMIT_INVOICES("提交开票信息"),
    CONFIRM_PAYMENT("确认收款"),
    CANCEL("作废"),
    SET_CLAIM_DEDUCTION("录入理赔金额");

    private final String label;

    EnrollmentAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
