package cn.huzhu.adapter.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.util.Set;

import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import cn.huzhu.app.roster.RosterFileException;
import cn.huzhu.app.roster.RosterReader;

/**
 * Tells .xlsx from .xls by their first bytes (never by the file name) and hands the file to the right reader. An
 * .xlsx wrapped in encryption is opened when Excel itself would open it without asking: with its default password
 * ("VelvetSweatshop", used for workbooks that are only write-protected); any other password is refused.
 */
public final class ExcelRosterReader implements RosterReader {
    static final String NOT_EXCEL = "文件不是Excel表格（.xlsx或.xls），请使用“参保人信息模板-通用”填写后上传";
    static final String ENCRYPTED = "文件设置了打开密码，系统无法读取，请取消密码后重新上传";
    static final String DAMAGED = "文件已损坏或不是有效的Excel文件，无法读取；请用Excel打开后另存为.xlsx再上传";
    private static final Set<String> ENCRYPTED_PACKAGE = Set.of("EncryptionInfo", "EncryptedPackage");

    private final XlsxRosterReader xlsx = new XlsxRosterReader();
    private final XlsRosterReader xls = new XlsRosterReader();

    @Override
    public void read(Path file, Sink sink) {
        byte[] head = head(file);
        if (isZip(head)) {
            xlsx.read(file, sink);
        } else if (isOle2(head)) {
            readOle2(file, sink);
        } else {
            throw new RosterFileException(NOT_EXCEL);
        }
    }

    private void readOle2(Path file, Sink sink) {
        Path decrypted = null;
        try (POIFSFileSystem fs = open(file)) {
            if (fs.getRoot().getEntryNames().stream().anyMatch(ENCRYPTED_PACKAGE::contains)) {
                decrypted = decryptWithDefaultPassword(fs);
            } else {
                xls.read(fs, sink);
                return;
            }
        } catch (IOException e) {
            throw new RosterFileException(DAMAGED, e);
        }
        try {
            xlsx.read(decrypted, sink);
        } finally {
            deleteQuietly(decrypted);
        }
    }

    /** The package inside, on disk; refused as encrypted unless Excel's default password opens it. */
    private static Path decryptWithDefaultPassword(POIFSFileSystem fs) {
        try {
            Decryptor decryptor = Decryptor.getInstance(new EncryptionInfo(fs));
            if (!decryptor.verifyPassword(Decryptor.DEFAULT_PASSWORD)) {
                throw new RosterFileException(ENCRYPTED);
            }
            Path target = Files.createTempFile("roster-decrypted-", ".xlsx");
            try (InputStream in = decryptor.getDataStream(fs)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            if (e instanceof RosterFileException refused) {
                throw refused;
            }
            throw new RosterFileException(ENCRYPTED, e);
        }
    }

    private static POIFSFileSystem open(Path file) {
        try {
            return new POIFSFileSystem(file.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw new RosterFileException(DAMAGED, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file; Lambda's /tmp is wiped with the container
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
