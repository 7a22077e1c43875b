package fangrid.store;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/**
 * Encrypts a project file byte for byte as FanGrid would with {@code password}, without looking at what it holds: how
 * someone would hand over a hostile or damaged project under a password.
 */
public final class EncryptedCopies {
    private EncryptedCopies() {
    }

    /** Replaces {@code file} with its encrypted form under {@code password}. */
    public static void encryptRaw(Path file, String password) throws Exception {
        ProjectKey key = ProjectKey.of(password.toCharArray());
        Path out = file.resolveSibling(file.getFileName() + ".enc");
        byte[] plain = Files.readAllBytes(file);
        try (FileChannel c = AesXtsChannel.open(FileChannel.open(out, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.READ, StandardOpenOption.WRITE),
                FilePathEncrypt.getPasswordBytes(key.filePassword()))) {
            c.write(ByteBuffer.wrap(plain), 0);
        }
        Files.move(out, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
