package fangrid.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FanGrid's fast AES channel reads what H2's own encryption (CIPHER=AES) writes, and H2 reads what it writes. */
class AesXtsChannelTest {
    private static final byte[] PASSWORD = FilePathEncrypt.getPasswordBytes("0123abcd".toCharArray());

    @TempDir
    Path dir;

    private static byte[] data(int length) {
        byte[] b = new byte[length];
        new Random(17).nextBytes(b);
        return b;
    }

    private static FileChannel file(Path p) throws Exception {
        return FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    @Test
    void whatH2EncryptsIsReadBackAndTheOtherWayRound() throws Exception {
        byte[] data = data(40 * 4096);
        Path byH2 = dir.resolve("h2.bin");
        try (FileChannel h2 = new FileEncrypt("h2", PASSWORD.clone(), file(byH2))) {
            h2.write(ByteBuffer.wrap(data), 0);
        }
        try (FileChannel ours = AesXtsChannel.open(file(byH2), PASSWORD.clone())) {
            assertEquals(data.length, ours.size());
            ByteBuffer all = ByteBuffer.allocate(data.length);
            ours.read(all, 0);
            assertArrayEquals(data, all.array());
            ByteBuffer part = ByteBuffer.allocate(5000);
            ours.read(part, 4000);
            assertArrayEquals(java.util.Arrays.copyOfRange(data, 4000, 9000), part.array(), "a read across blocks");
        }

        Path byUs = dir.resolve("ours.bin");
        try (FileChannel ours = AesXtsChannel.open(file(byUs), PASSWORD.clone())) {
            ours.write(ByteBuffer.wrap(data), 0);
            ours.write(ByteBuffer.wrap(new byte[] {1, 2, 3}), 5000);
        }
        data[5000] = 1;
        data[5001] = 2;
        data[5002] = 3;
        try (FileChannel h2 = new FileEncrypt("ours", PASSWORD.clone(), file(byUs))) {
            ByteBuffer all = ByteBuffer.allocate(data.length);
            h2.read(all, 0);
            assertArrayEquals(data, all.array(), "H2 reads it, a part of a block written in place included");
        }
    }
}
