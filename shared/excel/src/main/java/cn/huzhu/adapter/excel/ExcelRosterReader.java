package cn.huzhu.adapter.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.huzhu.app.roster.RosterFileException;
import cn.huzhu.app.roster.RosterReader;

/** Tells .xlsx from .xls by their first bytes (never by the file name) and hands the file to the right reader. */
public final class ExcelRosterReader implements RosterReader {
    static final String NOT_EXCEL = "文件不是Excel表格（.xlsx或.xls），请使用“参保人信息模板-通用”填写后上传";
    static final String ENCRYPTED = "文件设置了打开密码，系统无法读取，请取消密码后重新上传";
    static final String DAMAGED = "文件已损坏或不是有效的Excel文件，无法读取；请用Excel打开后另存为.xlsx再上传";

    private final XlsxRosterReader xlsx = new XlsxRosterReader();
    private final XlsRosterReader xls = new XlsRosterReader();

    @Override
    public void read(Path file, Sink sink) {
        byte[] head = head(file);
        if (isZip(head)) {
            xlsx.read(file, sink);
        } else if (isOle2(head)) {
            xls.read(file, sink);
        } else {
            throw new RosterFileException(NOT_EXCEL);
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        } catch (IOException e) {
            throw new RosterFileException(DAMAGED, e);
        }
    }

    static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    static boolean isOle2(byte[] head) {
        return head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0;
    }
}
