package cn.huzhu.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Bank statements as each bank's 企业网银 exports them, generated from a list of transfers: 中国银行 (.xlsx, title block,
 * split 摘要/附言), 工商银行 (GBK .csv), 建设银行 (.xls, one amount column with a 借贷 flag), 农业银行 (tab-separated UTF-8
 * .csv with a byte-order mark and ="…" cells), 交通银行 (.xlsx, numbers and dates as Excel cells), 青岛银行 (.csv, signed
 * amounts, no 流水号) and ISO 20022 camt.053.
 */
public final class BankStatements {
    public static final String OFFICE_ACCOUNT = "232554192616";

    /** One line of the account: a credit (positive) or a debit (negative). */
    public record Transfer(LocalDate date, String serial, BigDecimal amount, String payer, String payerAccount,
            String remark) {
        public boolean credit() {
            return amount.signum() > 0;
        }

        String credited() {
            return credit() ? amount.toPlainString() : "";
        }

        String debited() {
            return credit() ? "" : amount.negate().toPlainString();
        }
    }

    public enum Bank {
        BOC("中国银行", ".xlsx"), ICBC("工商银行", ".csv"), CCB("建设银行", ".xls"), ABC("农业银行", ".csv"),
        BOCOM("交通银行", ".xlsx"), QDB("青岛银行", ".csv"), CAMT("camt.053", ".xml");

        public final String label;
        public final String extension;

        Bank(String label, String extension) {
            this.label = label;
            this.extension = extension;
        }

        /** Whether this export gives each line the bank's 流水号. */
        public boolean hasSerials() {
            return this != QDB;
        }
    }

    private BankStatements() {
    }

    public static Path write(Bank bank, List<Transfer> transfers, Path dir) throws IOException {
        Path file = dir.resolve("statement-" + bank.name().toLowerCase() + bank.extension);
        switch (bank) {
            case BOC -> workbook(new XSSFWorkbook(), file, List.of(List.of("中国银行股份有限公司 账户明细查询"),
                    List.of("账号：" + OFFICE_ACCOUNT, "户名：中国职工保险互助会青岛办事处"), List.of("币种：人民币"), List.of(),
                    List.of("交易日期", "交易流水号", "借方发生额（支取）", "贷方发生额（收入）", "对方户名", "对方账号", "摘要", "附言")),
                    transfers, t -> List.of(t.date().toString(), t.serial(), t.debited(), t.credited(), t.payer(),
                            t.payerAccount(), "转账", t.remark()), false);
            case ICBC -> csv(file, Charset.forName("GBK"), ',', "", List.of(List.of("工商银行对公账户明细"),
                    List.of("本方账号", OFFICE_ACCOUNT), List.of("入账日期", "凭证号", "收入金额", "支出金额", "对方单位名称", "对方账号", "用途")),
                    transfers, t -> List.of(t.date().toString().replace("-", "/"), t.serial(), t.credited(), t.debited(),
                            t.payer(), t.payerAccount(), t.remark()));
            case CCB -> workbook(new HSSFWorkbook(), file, List.of(List.of("中国建设银行 账户交易明细"),
                    List.of("记账日期", "交易流水号", "借贷标志", "交易金额", "对方户名", "对方账号", "摘要", "本方账号")),
                    transfers, t -> List.of(t.date().toString().replace("-", ""), t.serial(), t.credit() ? "贷" : "借",
                            t.amount().abs().toPlainString(), t.payer(), t.payerAccount(), t.remark(), OFFICE_ACCOUNT), false);
            case ABC -> csv(file, StandardCharsets.UTF_8, '\t', "\uFEFF", List.of(List.of("账号:" + OFFICE_ACCOUNT),
                    List.of("交易时间", "收入", "支出", "对方户名", "对方账号", "交易用途", "交易流水")),
                    transfers, t -> List.of(t.date() + " 10:30:00", t.credited(), t.debited(), t.payer(),
                            "=\"" + t.payerAccount() + "\"", t.remark(), "=\"" + t.serial() + "\""));
            case BOCOM -> workbook(new XSSFWorkbook(), file, List.of(List.of("交通银行 对公账户交易明细", "账号：" + OFFICE_ACCOUNT),
                    List.of("交易日期", "流水号", "贷方金额", "借方金额", "付款人名称", "付款人账号", "附言")),
                    transfers, t -> List.of(t.date(), t.serial(), t.credit() ? t.amount() : "", t.credit() ? "" : t.amount().negate(),
                            t.payer(), t.payerAccount(), t.remark()), true);
            case QDB -> csv(file, StandardCharsets.UTF_8, ',', "", List.of(List.of("青岛银行 账号 " + OFFICE_ACCOUNT),
                    List.of("日期", "金额(元)", "对方名称", "备注")),
                    transfers, t -> List.of(t.date().toString(), (t.credit() ? "+" : "") + t.amount().toPlainString(),
                            t.payer(), t.remark()));
            case CAMT -> Files.writeString(file, camt(transfers));
            default -> throw new IllegalArgumentException(bank.name());
        }
        return file;
    }

    private static void workbook(Workbook workbook, Path file, List<List<String>> head, List<Transfer> transfers,
            Function<Transfer, List<Object>> line, boolean typed) throws IOException {
        try (workbook) {
            Sheet sheet = workbook.createSheet("明细");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            int r = 0;
            for (List<String> cells : head) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            for (Transfer t : transfers) {
                Row row = sheet.createRow(r++);
                List<Object> cells = line.apply(t);
                for (int c = 0; c < cells.size(); c++) {
                    Cell cell = row.createCell(c);
                    Object value = cells.get(c);
                    if (typed && value instanceof BigDecimal number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (typed && value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(String.valueOf(value));
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    private static void csv(Path file, Charset charset, char separator, String prefix, List<List<String>> head,
            List<Transfer> transfers, Function<Transfer, List<String>> line) throws IOException {
        List<List<String>> rows = new ArrayList<>(head);
        transfers.forEach(t -> rows.add(line.apply(t)));
        StringBuilder out = new StringBuilder(prefix);
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    out.append(separator);
                }
                String cell = row.get(c);
                boolean quote = cell.indexOf(separator) >= 0 || cell.contains("\"") && !cell.startsWith("=\"");
                out.append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            out.append("\r\n");
        }
        Files.write(file, out.toString().getBytes(charset));
    }

    private static String camt(List<Transfer> transfers) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
                  <BkToCstmrStmt>
                    <GrpHdr><MsgId>STMT-1</MsgId><CreDtTm>2026-12-02T08:00:00</CreDtTm></GrpHdr>
                    <Stmt>
                      <Id>1</Id>
                      <Acct><Id><Othr><Id>%s</Id></Othr></Id><Ccy>CNY</Ccy></Acct>
                """.formatted(OFFICE_ACCOUNT));
        for (Transfer t : transfers) {
            xml.append("""
                          <Ntry>
                            <Amt Ccy="CNY">%s</Amt>
                            <CdtDbtInd>%s</CdtDbtInd>
                            <Sts>BOOK</Sts>
                            <BookgDt><Dt>%s</Dt></BookgDt>
                            <AcctSvcrRef>%s</AcctSvcrRef>
                            <NtryDtls><TxDtls>
                              <RltdPties><Dbtr><Nm>%s</Nm></Dbtr><DbtrAcct><Id><Othr><Id>%s</Id></Othr></Id></DbtrAcct></RltdPties>
                              <RmtInf>%s</RmtInf>
                            </TxDtls></NtryDtls>
                          </Ntry>
                    """.formatted(t.amount().abs().toPlainString(), t.credit() ? "CRDT" : "DBIT", t.date(), t.serial(),
                    escape(t.payer()), t.payerAccount(), ustrd(t.remark())));
        }
        return xml.append("    </Stmt>\n  </BkToCstmrStmt>\n</Document>\n").toString();
    }

    /** A remark over 35 characters in several Ustrd, as camt splits it. */
    private static String ustrd(String remark) {
        StringBuilder out = new StringBuilder();
        String rest = remark;
        do {
            String piece = rest.substring(0, Math.min(35, rest.length()));
            out.append("<Ustrd>").append(escape(piece)).append("</Ustrd>");
            rest = rest.substring(piece.length());
        } while (!rest.isEmpty());
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
