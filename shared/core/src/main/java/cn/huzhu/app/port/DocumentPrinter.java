package cn.huzhu.app.port;

import cn.huzhu.domain.document.ConfirmationContent;
import cn.huzhu.domain.document.NoticeContent;

/** Prints documents: the notice and the 确认书 as PDF, the 确认书's member list as .xlsx. */
public interface DocumentPrinter {
    byte[] notice(NoticeContent notice);

    byte[] confirmation(ConfirmationContent confirmation);

    byte[] memberList(ConfirmationContent confirmation);
}
