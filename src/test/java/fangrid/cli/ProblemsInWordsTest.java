package fangrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line says when a file cannot be used: one line in the user's terms, no library's log or trace. */
class ProblemsInWordsTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream stderr;

    @BeforeEach
    void captureStderr() {
        stderr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStderr() {
        System.setErr(stderr);
    }

    @Test
    void aWorkbookWithADoctypeIsRefusedWithoutPoisLogOnStderr() throws Exception {
        Path xlsx = dir.resolve("survey.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><!DOCTYPE Types [<!ENTITY x \"y\">]>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertEquals(FanGridCli.BAD_INPUT, FanGridCli.run("import", "--project", dir.resolve("p").toString(), "--kind",
                "survey", xlsx.toString()));
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.startsWith("Not imported: survey.xlsx is not a readable .xlsx workbook"), said);
        assertFalse(said.contains("XMLHelper") || said.contains("SAXParseException"), said);
        assertEquals(1, said.strip().lines().count(), said);
    }

    @Test
    void aFolderIsCalledAFolder() {
        assertEquals(FanGridCli.BAD_INPUT, FanGridCli.run("import", "--project", dir.resolve("p").toString(), "--kind",
                "transactions", dir.toString()));
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains(dir + " is a folder, not a file"), said);
    }

    @Test
    void anOutputThatCannotBeWrittenSaysWhy() throws Exception {
        Path orders = Files.writeString(dir.resolve("orders.csv"), "customer_id,order_id,date,amount\nA,1,2024-01-05,100\n");
        Path out = dir.resolve("missing-folder").resolve("out.csv");
        assertEquals(FanGridCli.BAD_INPUT, FanGridCli.run("analyze", "--input", orders.toString(), "--out", out.toString()));
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.startsWith("Not analyzed: Cannot write " + out + ": it or its folder does not exist"), said);
    }
}
