package cn.huzhu.adapter.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import cn.huzhu.domain.statement.StatementException;
import cn.huzhu.domain.statement.StatementTable;

/**
 * An ISO 20022 camt.053 (BankToCustomerStatement) as the rows of a table with a header {@link StatementTable} knows,
 * one row per entry (Ntry): booking date, credit or debit, the debtor's name and account, every unstructured remittance
 * line (Ustrd) and the additional entry information joined as the remark, the bank's reference as 流水号, and the
 * statement's account. No DTD and no external entity is ever read.
 */
final class CamtStatement {
    private static final List<String> HEADER = List.of("交易日期", "贷方金额", "借方金额", "对方户名", "对方账号", "摘要", "流水号",
            "本方账号");

    private CamtStatement() {
    }

    static boolean looksLikeXml(byte[] head) {
        String start = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        return start.startsWith("<?xml") || start.startsWith("<Document") || start.startsWith("<");
    }

    static List<StatementTable.Row> rows(Path file) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                return new Entries().read(xml);
            } finally {
                xml.close();
            }
        } catch (IOException | XMLStreamException e) {
            throw StatementException.unreadable("XML格式有误，不是完整的 camt.053 对账单");
        }
    }

    /** Walks the document keeping the path of element names, and makes a row at the end of each entry. */
    private static final class Entries {
        private final List<String> path = new ArrayList<>();
        private final List<StatementTable.Row> rows = new ArrayList<>();
        private String account = "";
        private Entry entry;
        private boolean statement;

        List<StatementTable.Row> read(XMLStreamReader xml) throws XMLStreamException {
            rows.add(new StatementTable.Row(1, HEADER));
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    start(xml.getLocalName());
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    end(xml.getLocalName());
                }
            }
            if (!statement) {
                throw StatementException.unreadable("XML文件中没有 camt.053 对账单（BkToCstmrStmt）");
            }
            return rows;
        }

        private void start(String name) {
            path.add(name);
            if (name.equals("BkToCstmrStmt")) {
                statement = true;
            } else if (name.equals("Ntry")) {
                entry = new Entry();
            }
        }

        private void text(String text) {
            String value = text.strip();
            if (value.isEmpty()) {
                return;
            }
            String at = String.join("/", path);
            if (entry == null) {
                if (at.endsWith("Stmt/Acct/Id/IBAN") || at.endsWith("Stmt/Acct/Id/Othr/Id")) {
                    account = account + value;
                }
                return;
            }
            entry.take(at, value);
        }

        private void end(String name) {
            if (name.equals("Ntry") && entry != null) {
                rows.add(new StatementTable.Row(rows.size() + 1, entry.row(account)));
                entry = null;
            }
            path.remove(path.size() - 1);
        }
    }

    /** What one entry says, gathered as its elements go by. */
    private static final class Entry {
        private String amount = "";
        private String direction = "";
        private String date = "";
        private String payer = "";
        private String payerAccount = "";
        private String reference = "";
        private final List<String> remarks = new ArrayList<>();

        void take(String at, String value) {
            if (at.endsWith("Ntry/Amt")) {
                amount = value;
            } else if (at.endsWith("Ntry/CdtDbtInd")) {
                direction = value;
            } else if ((at.endsWith("Ntry/BookgDt/Dt") || at.endsWith("Ntry/BookgDt/DtTm")) && date.isEmpty()) {
                date = value;
            } else if (at.endsWith("Ntry/ValDt/Dt") && date.isEmpty()) {
                date = value;
            } else if (at.endsWith("Ntry/AcctSvcrRef") || (at.endsWith("TxDtls/Refs/AcctSvcrRef") && reference.isEmpty())) {
                reference = value;
            } else if (at.endsWith("RltdPties/Dbtr/Nm") || at.endsWith("RltdPties/Dbtr/Pty/Nm")) {
                payer = value;
            } else if (at.endsWith("RltdPties/DbtrAcct/Id/IBAN") || at.endsWith("RltdPties/DbtrAcct/Id/Othr/Id")) {
                payerAccount = value;
            } else if (at.endsWith("RmtInf/Ustrd") || at.endsWith("Ntry/AddtlNtryInf") || at.endsWith("TxDtls/AddtlTxInf")) {
                remarks.add(value);
            }
        }

        List<String> row(String account) {
            boolean credit = direction.equals("CRDT");
            return List.of(date.length() > 10 ? date.substring(0, 10) : date, credit ? amount : "", credit ? "" : amount,
                    payer, payerAccount, String.join(" ", remarks), reference, account);
        }
    }
}
