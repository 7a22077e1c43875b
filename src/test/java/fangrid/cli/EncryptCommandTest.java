package fangrid.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17's command-line contracts for encrypted projects: --password-file, encrypt and decrypt. */
class EncryptCommandTest {
    private static final String PASSWORD = "秘密 pass phrase";
    private static final String ORDERS = "会員番号,受注日,金額\nSECRET-CUSTOMER-7,2024/01/05,1000\nB,2024/02/01,500\n";

    @TempDir
    Path dir;

    private final List<CliRun> runs = new ArrayList<>();

    private CliRun run(String... args) {
        CliRun r = CliRun.of(args);
        runs.add(r);
        return r;
    }

    @Test
    void aProjectIsEncryptedUsedWithItsPasswordFileAndDecrypted() throws Exception {
        Path orders = Files.writeString(dir.resolve("orders.csv"), ORDERS, StandardCharsets.UTF_8);
        Path project = dir.resolve("shop.mv.db");
        Path passwordFile = Files.writeString(dir.resolve("pw.txt"), PASSWORD + "\n", StandardCharsets.UTF_8);
        Path crlf = Files.writeString(dir.resolve("pw-crlf.txt"), PASSWORD + "\r\n", StandardCharsets.UTF_8);
        Path wrong = Files.writeString(dir.resolve("wrong.txt"), PASSWORD + "!\n", StandardCharsets.UTF_8);
        String p = project.toString();

        assertEquals(FanGridCli.OK, run("import", "--project", p, "--kind", "transactions", orders.toString()).exit());
        CliRun encrypted = run("encrypt", "--project", p, "--password-file", passwordFile.toString());
        assertEquals(FanGridCli.OK, encrypted.exit(), encrypted.err());

        CliRun without = run("summary", "--project", p, "--json");
        assertEquals(FanGridCli.BAD_INPUT, without.exit());
        assertTrue(without.err().startsWith("No summary: shop.mv.db is encrypted"), without.err());

        byte[] before = Files.readAllBytes(project);
        CliRun bad = run("summary", "--project", p, "--json", "--password-file", wrong.toString());
        assertEquals(FanGridCli.BAD_INPUT, bad.exit());
        assertEquals("No summary: The password is wrong for shop.mv.db. It was not opened and has not been changed.",
                bad.err().strip());
        assertEquals(FanGridCli.BAD_INPUT, run("analyze", "--project", p, "--out", dir.resolve("x.csv").toString(),
                "--password-file", wrong.toString()).exit());
        assertEquals(FanGridCli.BAD_INPUT, run("decrypt", "--project", p, "--password-file", wrong.toString()).exit());
        assertArrayEquals(before, Files.readAllBytes(project), "a wrong password changes no byte");

        CliRun summary = run("summary", "--project", p, "--json", "--password-file", crlf.toString());
        assertEquals(FanGridCli.OK, summary.exit(), summary.err());
        Path out = dir.resolve("customers.csv");
        assertEquals(FanGridCli.OK, run("analyze", "--project", p, "--out", out.toString(), "--password-file",
                passwordFile.toString()).exit());
        assertTrue(Files.readString(out).contains("SECRET-CUSTOMER-7"), "the analysis reads the encrypted project");
        assertEquals(FanGridCli.OK, run("import", "--project", p, "--kind", "transactions", "--password-file",
                passwordFile.toString(), Files.writeString(dir.resolve("more.csv"),
                        "会員番号,受注日,金額\nC,2024/03/01,700\n", StandardCharsets.UTF_8).toString()).exit());

        CliRun decrypted = run("decrypt", "--project", p, "--password-file", passwordFile.toString());
        assertEquals(FanGridCli.OK, decrypted.exit(), decrypted.err());
        assertEquals(FanGridCli.OK, run("summary", "--project", p, "--json").exit());

        for (CliRun r : runs) {
            assertFalse((r.out() + r.err()).contains(PASSWORD), "the password is never printed: " + r);
            assertFalse(r.err().contains("SECRET-CUSTOMER-7"), r.err());
        }
    }

    @Test
    void aNewProjectImportedWithAPasswordFileIsEncrypted() throws Exception {
        Path orders = Files.writeString(dir.resolve("orders.csv"), ORDERS, StandardCharsets.UTF_8);
        Path passwordFile = Files.writeString(dir.resolve("pw.txt"), PASSWORD, StandardCharsets.UTF_8);
        Path project = dir.resolve("new.mv.db");
        assertEquals(FanGridCli.OK, run("import", "--project", project.toString(), "--kind", "transactions",
                "--password-file", passwordFile.toString(), orders.toString()).exit());
        assertFalse(new String(Files.readAllBytes(project), StandardCharsets.ISO_8859_1).contains("SECRET-CUSTOMER"));
        assertEquals(FanGridCli.BAD_INPUT, run("summary", "--project", project.toString(), "--json").exit());
        assertEquals(FanGridCli.OK, run("summary", "--project", project.toString(), "--json", "--password-file",
                passwordFile.toString()).exit());
    }

    @Test
    void encryptWithoutAPasswordFileOrWithAnEmptyOneIsRefused() throws Exception {
        Path project = dir.resolve("shop.mv.db");
        assertEquals(FanGridCli.OK, run("import", "--project", project.toString(), "--kind", "transactions",
                Files.writeString(dir.resolve("o.csv"), ORDERS, StandardCharsets.UTF_8).toString()).exit());
        assertEquals(FanGridCli.BAD_INPUT, run("encrypt", "--project", project.toString()).exit());
        CliRun empty = run("encrypt", "--project", project.toString(), "--password-file",
                Files.writeString(dir.resolve("empty.txt"), "\n").toString());
        assertEquals(FanGridCli.BAD_INPUT, empty.exit());
        assertTrue(empty.err().contains("is empty"), empty.err());
        CliRun missing = run("summary", "--project", project.toString(), "--json", "--password-file",
                dir.resolve("nope.txt").toString());
        assertEquals(FanGridCli.BAD_INPUT, missing.exit());
        assertTrue(missing.err().contains("Cannot read the password file"), missing.err());
    }
}
