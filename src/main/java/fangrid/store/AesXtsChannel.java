package fangrid.store;

import java.io.EOFException;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.h2.security.SHA256;
import org.h2.store.fs.FileBaseDefault;

/**
 * A file in H2's encrypted format (what {@code CIPHER=AES} writes, byte for byte), encrypted and decrypted with the
 * JDK's AES, which uses the processor's AES instructions: H2's own AES, written in Java, decrypts about 80 MB/s here,
 * which made opening a 2 M-customer project several times slower than a plain one.
 *
 * <p>The format: a first block of 4,096 bytes holding {@code H2encrypt\n} and an 8-byte salt; then the data in blocks
 * of 4,096 bytes, each in AES-128 XTS mode (the block's number, encrypted, as the first tweak; one key for tweak and
 * data, as H2 has it), the key derived from the password by H2's PBKDF2 over the salt.
 */
final class AesXtsChannel extends FileBaseDefault {
    static final int BLOCK = 4096;
    private static final int UNIT = 16;
    private static final byte[] HEADER = "H2encrypt\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final int SALT_LENGTH = 8;
    private static final int H2_ITERATIONS = 10;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final FileChannel base;
    private final SecretKeySpec key;
    private final ThreadLocal<Cipher[]> ciphers;
    private volatile long size;

    private AesXtsChannel(FileChannel base, SecretKeySpec key, long size) {
        this.base = base;
        this.key = key;
        this.size = size;
        this.ciphers = ThreadLocal.withInitial(this::newCiphers);
    }

    /**
     * {@code base} as the data it holds encrypted; {@code password} is H2's file password as bytes (UTF-16, as H2
     * makes them). A new, empty file gets its header and salt.
     */
    static AesXtsChannel open(FileChannel base, byte[] password) throws IOException {
        byte[] salt = new byte[SALT_LENGTH];
        long stored = base.size() - BLOCK;
        if (stored >= 0) {
            readFully(base, ByteBuffer.wrap(salt), HEADER.length);
        } else {
            new SecureRandom().nextBytes(salt);
            byte[] header = Arrays.copyOf(HEADER, BLOCK);
            System.arraycopy(salt, 0, header, HEADER.length, SALT_LENGTH);
            writeFully(base, ByteBuffer.wrap(header), 0);
            stored = 0;
        }
        byte[] aesKey = SHA256.getPBKDF2(password, salt, H2_ITERATIONS, 16);
        try {
            // as H2: a last block that was not written whole is not part of the data
            long size = stored - (stored % BLOCK == 0 ? 0 : stored % BLOCK);
            return new AesXtsChannel(base, new SecretKeySpec(aesKey, "AES"), size);
        } finally {
            Arrays.fill(aesKey, (byte) 0);
        }
    }

    private Cipher[] newCiphers() {
        try {
            Cipher encrypt = Cipher.getInstance("AES/ECB/NoPadding");
            encrypt.init(Cipher.ENCRYPT_MODE, key);
            Cipher decrypt = Cipher.getInstance("AES/ECB/NoPadding");
            decrypt.init(Cipher.DECRYPT_MODE, key);
            return new Cipher[] {encrypt, decrypt};
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java has no AES", e);
        }
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        long end = Math.min(size, position + dst.remaining());
        if (position >= size) {
            return dst.hasRemaining() ? -1 : 0;
        }
        long first = position / BLOCK * BLOCK;
        long last = (end + BLOCK - 1) / BLOCK * BLOCK;
        byte[] data = new byte[(int) (last - first)];
        readFully(base, ByteBuffer.wrap(data), first + BLOCK);
        crypt(data, first / BLOCK, false);
        int len = (int) (end - position);
        dst.put(data, (int) (position - first), len);
        return len;
    }

    @Override
    public synchronized int write(ByteBuffer src, long position) throws IOException {
        int len = src.remaining();
        long first = position / BLOCK * BLOCK;
        long last = (position + len + BLOCK - 1) / BLOCK * BLOCK;
        byte[] data = new byte[(int) (last - first)];
        if (first != position || last != position + len) {
            // a part of a block: the rest of it stays as it is
            long known = Math.min(size, last) - first;
            if (known > 0) {
                long whole = (known + BLOCK - 1) / BLOCK * BLOCK;
                readFully(base, ByteBuffer.wrap(data, 0, (int) whole), first + BLOCK);
                crypt(data, first / BLOCK, false);
            }
        }
        src.get(data, (int) (position - first), len);
        crypt(data, first / BLOCK, true);
        writeFully(base, ByteBuffer.wrap(data), first + BLOCK);
        size = Math.max(size, position + len);
        return len;
    }

    /**
     * Encrypts or decrypts whole blocks in place, the first being block {@code block} of the data. The tweaks are
     * two longs each, and the data is xored eight bytes at a time: byte by byte, this work took ten times as long as
     * the AES itself and decrypted about 100 MB/s, a 2 M-customer project's open costing twice a plain one's.
     */
    private void crypt(byte[] data, long block, boolean encrypt) throws IOException {
        Cipher[] c = ciphers.get();
        long[] tweaks = new long[BLOCK / Long.BYTES];
        byte[] first = new byte[UNIT];
        try {
            for (int at = 0; at < data.length; at += BLOCK, block++) {
                LONGS.set(first, 0, block);
                LONGS.set(first, Long.BYTES, 0L);
                c[0].doFinal(first, 0, UNIT, first, 0);
                long lo = (long) LONGS.get(first, 0);
                long hi = (long) LONGS.get(first, Long.BYTES);
                for (int t = 0; t < tweaks.length; t += 2) {
                    tweaks[t] = lo;
                    tweaks[t + 1] = hi;
                    // times x in GF(2^128), little-endian, as XTS goes from one 16-byte unit to the next
                    long carry = hi >> 63;
                    hi = hi << 1 | lo >>> 63;
                    lo = lo << 1 ^ carry & 0x87;
                }
                xor(data, at, tweaks);
                (encrypt ? c[0] : c[1]).doFinal(data, at, BLOCK, data, at);
                xor(data, at, tweaks);
            }
        } catch (GeneralSecurityException e) {
            throw new IOException("AES failed", e);
        }
    }

    private static void xor(byte[] data, int at, long[] tweaks) {
        for (int i = 0; i < tweaks.length; i++) {
            int p = at + i * Long.BYTES;
            LONGS.set(data, p, (long) LONGS.get(data, p) ^ tweaks[i]);
        }
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    protected synchronized void implTruncate(long newLength) throws IOException {
        if (newLength < size) {
            base.truncate((newLength + BLOCK - 1) / BLOCK * BLOCK + BLOCK);
            size = newLength;
        }
    }

    @Override
    public void force(boolean metaData) throws IOException {
        base.force(metaData);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return base.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
        base.close();
    }

    private static void readFully(FileChannel f, ByteBuffer dst, long position) throws IOException {
        while (dst.hasRemaining()) {
            int n = f.read(dst, position);
            if (n < 0) {
                throw new EOFException("the file ends " + dst.remaining() + " bytes early");
            }
            position += n;
        }
    }

    private static void writeFully(FileChannel f, ByteBuffer src, long position) throws IOException {
        while (src.hasRemaining()) {
            position += f.write(src, position);
        }
    }
}
