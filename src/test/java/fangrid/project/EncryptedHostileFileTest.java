package fangrid.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.domain.DamagedProjectException;
import fangrid.domain.ProjectException;
import fangrid.store.EncryptedCopies;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The look at a project file before H2 opens it works under encryption too: a hostile or damaged project handed over
 * encrypted is refused with the same words once decrypted, unchanged, and its code never runs; without the password
 * it is "encrypted", not "damaged".
 */
class EncryptedHostileFileTest {
    private static final String PASSWORD = "client's password";

    @TempDir
    Path dir;
    private Path target;

    @BeforeEach
    void namePayloadTarget() {
        target = dir.resolve("payload-ran.txt");
        System.setProperty(PayloadTrigger.TARGET, target.toString());
    }

    @AfterEach
    void forgetPayloadTarget() {
        System.clearProperty(PayloadTrigger.TARGET);
    }

    @ParameterizedTest
    @EnumSource(HostileProjects.class)
    void anEncryptedHostileProjectIsRefusedBeforeItsCodeRuns(HostileProjects kind) throws Exception {
        Path file = kind.make(dir.resolve("client.mv.db"), target);
        EncryptedCopies.encryptRaw(file, PASSWORD);
        byte[] before = Files.readAllBytes(file);

        assertEquals(ProjectException.Reason.PASSWORD_NEEDED,
                assertThrows(ProjectException.class, () -> ProjectSession.open(file)).reason());
        ProjectException e = assertThrows(ProjectException.class,
                () -> ProjectSession.open(file, PASSWORD.toCharArray()).close());
        assertTrue(e.getMessage().contains(kind.words), e.getMessage());
        assertThrows(ProjectException.class, () -> ProjectSession.changeEncryption(file, PASSWORD.toCharArray(), null));
        assertFalse(Files.exists(target), "the payload of a " + kind + " ran");
        assertArrayEquals(before, Files.readAllBytes(file), "a refused file is left as it was");
    }

    @Test
    void anEncryptedProjectCutShortIsDamagedOnceItsPasswordIsGiven() throws Exception {
        Path file;
        try (ProjectSession s = ProjectSession.createWithSample(dir.resolve("shop"), PASSWORD.toCharArray())) {
            file = s.file();
        }
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(5 * 4096); // the encryption header and the store header, but none of its chunks
        }
        assertEquals(ProjectException.Reason.PASSWORD_NEEDED,
                assertThrows(ProjectException.class, () -> ProjectSession.open(file)).reason(),
                "without the password it is encrypted, not damaged");
        DamagedProjectException d = assertThrows(DamagedProjectException.class,
                () -> ProjectSession.open(file, PASSWORD.toCharArray()));
        assertTrue(d.getMessage().startsWith("shop.mv.db is damaged"), d.getMessage());
    }
}
