package cn.huzhu.app.port;

import cn.huzhu.domain.invoice.ReceiptContent;

/** Prints a receipt's content as a PDF, with a QR code of the address that verifies it. */
public interface ReceiptRenderer {
    byte[] render(ReceiptContent receipt, String verificationUrl);
}
