package cn.huzhu.adapter.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import cn.huzhu.app.roster.RosterFileException;

/**
 * Inflates every entry of an .xlsx once, counting, before any parser sees it: a file that unpacks to more than the
 * limit, or whose entries expand more than a spreadsheet ever does, is refused (a zip bomb). Entry sizes declared in
 * the zip are not trusted.
 */
final class ZipBombGuard {
    /** 300,000 roster rows unpack to about 150 MB of XML. */
    static final long MAX_UNPACKED_BYTES = 600L * 1024 * 1024;
    /** Spreadsheet XML compresses 5–30 times; 200 times is not a spreadsheet. */
    static final long MAX_RATIO = 200;
    private static final long RATIO_FROM_BYTES = 4L * 1024 * 1024;
    static final String BOMB = "文件解压后异常巨大（可能是压缩炸弹），系统拒绝读取";

    private ZipBombGuard() {
    }

    static void check(Path file) {
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            byte[] buffer = new byte[64 * 1024];
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                long compressed = Math.max(1, entry.getCompressedSize());
                long unpacked = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                        unpacked += read;
                        total += read;
                        if (total > MAX_UNPACKED_BYTES
                                || unpacked > RATIO_FROM_BYTES && unpacked / compressed > MAX_RATIO) {
                            throw new RosterFileException(BOMB);
                        }
                    }
                }
            }
        } catch (ZipException e) {
            throw new RosterFileException(ExcelRosterReader.DAMAGED, e);
        } catch (IOException e) {
            throw new RosterFileException(ExcelRosterReader.DAMAGED, e);
        }
    }
}
