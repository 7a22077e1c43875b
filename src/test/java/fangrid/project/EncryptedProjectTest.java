package fangrid.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.domain.ProjectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17, encrypted projects: created or converted with a password, opened with it only, bytes unreadable. */
class EncryptedProjectTest {
    /** Customers of the bundled sample shop (sample-data/customers.csv): ids, names, e-mail addresses. */
    private static final List<String> SAMPLE_VALUES = List.of("M000001", "M000002", "池田　京子", "吉田　健一",
            "kyokoikeda1996@example.com", "kenichiyoshida1997@example.jp");
    private static final String PASSWORD = "correct horse battery staple";

    @TempDir
    Path dir;

    private static char[] pw(String p) {
        return p.toCharArray();
    }

    private Path encryptedSample() throws Exception {
        try (ProjectSession s = ProjectSession.createWithSample(dir.resolve("shop"), pw(PASSWORD))) {
            assertTrue(s.isEncrypted());
            return s.file();
        }
    }

    @Test
    void theFileOfAnEncryptedProjectHoldsNoCustomerIdNameOrAddressWhileAPlainOneDoes() throws Exception {
        Path plain;
        try (ProjectSession s = ProjectSession.createWithSample(dir.resolve("plain"))) {
            plain = s.file();
        }
        Path encrypted = encryptedSample();
        byte[] plainBytes = Files.readAllBytes(plain);
        byte[] encryptedBytes = Files.readAllBytes(encrypted);
        for (String v : SAMPLE_VALUES) {
            assertTrue(contains(plainBytes, v), "the plain file holds " + v + " (else this test proves nothing)");
            assertFalse(contains(encryptedBytes, v), "the encrypted file holds " + v);
        }
        assertEquals("shop.mv.db", encrypted.getFileName().toString(), "the name says nothing of a password");
    }

    @Test
    void anEncryptedProjectOpensWithItsPasswordOnlyAndAWrongOneChangesNothing() throws Exception {
        Path f = encryptedSample();
        byte[] before = Files.readAllBytes(f);

        ProjectException none = assertThrows(ProjectException.class, () -> ProjectSession.open(f));
        assertEquals(ProjectException.Reason.PASSWORD_NEEDED, none.reason(), none.getMessage());
        char[] wrong = pw("correct horse battery stapl");
        ProjectException bad = assertThrows(ProjectException.class, () -> ProjectSession.open(f, wrong));
        assertEquals(ProjectException.Reason.WRONG_PASSWORD, bad.reason(), bad.getMessage());
        assertTrue(bad.getMessage().startsWith("The password is wrong for shop.mv.db."), bad.getMessage());
        assertArrayEquals(new char[wrong.length], wrong, "the password given is overwritten once used");
        assertArrayEquals(before, Files.readAllBytes(f), "a refused open changes no byte of the file");
        assertFalse(Files.exists(dir.resolve("shop.trace.db")), "H2 wrote no trace file beside it");

        char[] right = pw(PASSWORD);
        try (ProjectSession s = ProjectSession.open(f, right)) {
            assertTrue(s.isEncrypted());
            assertEquals(3_600, s.analysis().customers().size(), "sample-data/README.md: 3,600 people");
        }
        assertArrayEquals(new char[right.length], right);
    }

    @Test
    void aPlainProjectOpensWhetherOrNotAPasswordIsGiven() throws Exception {
        try (ProjectSession s = ProjectSession.createEmpty(dir.resolve("plain"))) {
            assertFalse(s.isEncrypted());
        }
        try (ProjectSession s = ProjectSession.open(dir.resolve("plain.mv.db"), pw("anything"))) {
            assertFalse(s.isEncrypted());
        }
    }

    @Test
    void aProjectIsEncryptedAndDecryptedInPlaceKeepingEverything() throws Exception {
        Path f;
        try (ProjectSession s = ProjectSession.createWithSample(dir.resolve("shop"))) {
            f = s.file();
        }
        ProjectSession.changeEncryption(f, null, pw(PASSWORD));
        assertThrows(ProjectException.class, () -> ProjectSession.open(f));
        try (ProjectSession s = ProjectSession.open(f, pw(PASSWORD))) {
            assertEquals(3_600, s.analysis().customers().size());
            assertEquals(4, s.imports().size(), "customers, orders, survey and catalog");
        }
        for (String v : SAMPLE_VALUES) {
            assertFalse(contains(Files.readAllBytes(f), v), v);
        }

        ProjectException refused = assertThrows(ProjectException.class,
                () -> ProjectSession.changeEncryption(f, pw("wrong"), null));
        assertEquals(ProjectException.Reason.WRONG_PASSWORD, refused.reason());

        ProjectSession.changeEncryption(f, pw(PASSWORD), null);
        try (ProjectSession s = ProjectSession.open(f)) {
            assertFalse(s.isEncrypted());
            assertEquals(3_600, s.analysis().customers().size());
        }
        assertTrue(contains(Files.readAllBytes(f), "M000001"));
        assertNoConvertedCopyLeft();
    }

    @Test
    void aFailedConversionLeavesTheFileAsItWas() throws Exception {
        Path f = encryptedSample();
        byte[] before = Files.readAllBytes(f);
        assertEquals(ProjectException.Reason.WRONG_PASSWORD, assertThrows(ProjectException.class,
                () -> ProjectSession.changeEncryption(f, pw("wrong"), null)).reason());
        assertEquals(ProjectException.Reason.ENCRYPTION_UNCHANGED, assertThrows(ProjectException.class,
                () -> ProjectSession.changeEncryption(f, null, pw("other"))).reason());
        assertArrayEquals(before, Files.readAllBytes(f));
        assertNoConvertedCopyLeft();
        try (ProjectSession open = ProjectSession.open(f, pw(PASSWORD))) {
            assertEquals(ProjectException.Reason.IN_USE, assertThrows(ProjectException.class,
                    () -> ProjectSession.changeEncryption(f, pw(PASSWORD), null)).reason());
            assertTrue(open.isEncrypted());
        }
    }

    private void assertNoConvertedCopyLeft() throws java.io.IOException {
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".converting")).toList());
        }
    }

    @Test
    void anOpenSessionChangesItsEncryptionAndStaysOpen() throws Exception {
        try (ProjectSession s = ProjectSession.createWithSample(dir.resolve("shop"))) {
            int people = s.analysis().customers().size();
            s.changeEncryption(null, pw(PASSWORD));
            assertTrue(s.isEncrypted());
            assertEquals(people, s.analyzeWith(s.settings()).customers().size(), "reads the project anew");

            assertThrows(ProjectException.class, () -> s.changeEncryption(pw("wrong"), null));
            assertTrue(s.isEncrypted(), "a wrong password leaves it open as it was");
            assertEquals(people, s.analyzeWith(s.settings()).customers().size());

            s.changeEncryption(pw(PASSWORD), null);
            assertFalse(s.isEncrypted());
        }
    }

    /** Whether {@code haystack} holds {@code value} in UTF-8 or as H2 stores a string. */
    static boolean contains(byte[] haystack, String value) {
        return contains(haystack, value.getBytes(StandardCharsets.UTF_8)) || contains(haystack, h2String(value));
    }

    /** H2 2.3's DataUtils.writeStringData: UTF-8's lead bytes, but continuation bytes without their 0x80 bit. */
    private static byte[] h2String(String value) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (char c : value.toCharArray()) {
            if (c < 0x80) {
                out.write(c);
            } else if (c >= 0x800) {
                out.write(0xe0 | (c >> 12));
                out.write((c >> 6) & 0x3f);
                out.write(c & 0x3f);
            } else {
                out.write(0xc0 | (c >> 6));
                out.write(c & 0x3f);
            }
        }
        return out.toByteArray();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
