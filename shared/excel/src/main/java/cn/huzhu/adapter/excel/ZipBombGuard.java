package cn.huzhu.adapter.excel;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import cn.huzhu.app.roster.RosterFileException;

/**
 * Counts what the parts of one .xlsx inflate to while they are read: a package that unpacks to more than the limit,
 * or a part that expands more than a spreadsheet ever does, is refused as a zip bomb the moment it crosses the line,
 * before a parser gets more of it. Entry sizes declared in the zip are not trusted; a part never read is never
 * inflated and costs nothing.
 */
final class ZipBombGuard {
    /** 300,000 roster rows unpack to about 150 MB of XML. */
    static final long MAX_UNPACKED_BYTES = 600L * 1024 * 1024;
    /** Spreadsheet XML compresses 5–30 times; 200 times is not a spreadsheet. */
    static final long MAX_RATIO = 200;
    private static final long RATIO_FROM_BYTES = 4L * 1024 * 1024;
    static final String BOMB = "文件解压后异常巨大（可能是压缩炸弹），系统拒绝读取";

    private long total;

    /** The part's content as it inflates, counted against the package's budget. */
    InputStream inflating(ZipFile zip, ZipEntry entry) throws IOException {
        long compressed = Math.max(1, entry.getCompressedSize());
        return new FilterInputStream(zip.getInputStream(entry)) {
            private long unpacked;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int read = super.read(buffer, offset, length);
                if (read > 0) {
                    count(read);
                }
                return read;
            }

            private void count(int read) {
                unpacked += read;
                total += read;
                if (total > MAX_UNPACKED_BYTES || unpacked > RATIO_FROM_BYTES && unpacked / compressed > MAX_RATIO) {
                    throw new RosterFileException(BOMB);
                }
            }
        };
    }
}
