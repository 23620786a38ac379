package cn.huzhu.documents;

import cn.huzhu.adapter.excel.MemberListWorkbook;
import cn.huzhu.adapter.pdf.ConfirmationPdf;
import cn.huzhu.adapter.pdf.NoticePdf;
import cn.huzhu.app.port.DocumentPrinter;
import cn.huzhu.domain.document.ConfirmationContent;
import cn.huzhu.domain.document.NoticeContent;

/** The documents function's printers: PDFs with PDFBox, the member list with fastexcel. */
final class Printers implements DocumentPrinter {
    private final NoticePdf notices = new NoticePdf();
    private final ConfirmationPdf confirmations = new ConfirmationPdf();
    private final MemberListWorkbook memberLists = new MemberListWorkbook();

    @Override
    public byte[] notice(NoticeContent notice) {
        return notices.render(notice);
    }

    @Override
    public byte[] confirmation(ConfirmationContent confirmation) {
        return confirmations.render(confirmation);
    }

    @Override
    public byte[] memberList(ConfirmationContent confirmation) {
        return memberLists.write(confirmation);
    }
}
