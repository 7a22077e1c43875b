package fangrid.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The key of an encrypted project, made from the user's password. H2 encrypts a file with AES under a key it derives
 * from the password it is given by PBKDF2 with the file's own salt but only 10 iterations, cheap to guess at; so the
 * password H2 gets is itself derived first, by PBKDF2-HMAC-SHA256 with many iterations, and written in hex (H2 splits
 * the password it is given at the first blank, which a user's password may hold). The key is held while its project
 * is open and {@link #destroy destroyed} (overwritten) when closed; the user's password is overwritten once the key
 * is made.
 */
public final class ProjectKey {
    private static final int ITERATIONS = 600_000;
    private static final byte[] SALT = "FanGrid project file key 1".getBytes(StandardCharsets.US_ASCII);
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final char[] h2Password;

    private ProjectKey(char[] h2Password) {
        this.h2Password = h2Password;
    }

    /** The key for {@code password}, or null for none; {@code password} is overwritten with zeros. */
    public static ProjectKey of(char[] password) {
        if (password == null) {
            return null;
        }
        PBEKeySpec spec = new PBEKeySpec(password, SALT, ITERATIONS, 256);
        Arrays.fill(password, '\0');
        byte[] derived = null;
        try {
            derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            char[] hex = new char[derived.length * 2];
            for (int i = 0; i < derived.length; i++) {
                hex[2 * i] = HEX[(derived[i] >> 4) & 0xf];
                hex[2 * i + 1] = HEX[derived[i] & 0xf];
            }
            return new ProjectKey(hex);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java has no PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
            if (derived != null) {
                Arrays.fill(derived, (byte) 0);
            }
        }
    }

    /** A copy of the password H2 is given for the file (H2 overwrites what it is given). */
    char[] filePassword() {
        return h2Password.clone();
    }

    /** The same key, for a second holder that destroys it on its own. */
    public ProjectKey copy() {
        return new ProjectKey(h2Password.clone());
    }

    /** Overwrites the key. */
    public void destroy() {
        Arrays.fill(h2Password, '\0');
    }

    @Override
    public String toString() {
        return "ProjectKey[hidden]";
    }
}
