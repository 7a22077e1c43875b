package fangrid.importer.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.domain.ImportException;
import fangrid.domain.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not what they claim, cut short, hostile or malformed: each gets a clear message, nothing else. */
class BrokenFilesTest {
    private static final Charset MS932 = Charset.forName("windows-31j");

    @TempDir
    Path dir;

    /** Opens and reads the whole file, as an import does; returns the message it fails with. */
    private static String failure(Path f) {
        return failure(f, ReadOptions.DETECT);
    }

    private static String failure(Path f, ReadOptions options) {
        ImportException e = assertThrows(ImportException.class, () -> TableReader.open(f, options).rows((n, c) -> { }));
        String m = e.getMessage();
        assertTrue(m.startsWith(f.getFileName().toString()), "the message names the file: " + m);
        assertFalse(m.contains("\n") || m.contains("Exception") || m.contains("ZipSecureFile"), "fit for a user: " + m);
        return m;
    }

    @Test
    void randomBytesAsCsvDoNotLookLikeText() throws Exception {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        String m = failure(Files.write(dir.resolve("orders.csv"), junk));
        assertTrue(m.startsWith("orders.csv does not look like text: its first bytes hold binary data"), m);
    }

    @Test
    void aPngAsCsvIsNamedAsAnImage() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
        String m = failure(Files.write(dir.resolve("orders.csv"), png));
        assertTrue(m.startsWith("orders.csv does not look like text: it is a PNG image,"), m);
    }

    @Test
    void aZipThatIsNoWorkbookSaysSoWhateverItsName() throws Exception {
        Path f = dir.resolve("orders.csv");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(f))) {
            out.putNextEntry(new ZipEntry("orders.csv"));
            out.write("id,amount\n".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("orders.csv is not a readable .xlsx workbook: it is a zip archive but not an Excel workbook.",
                failure(f));
    }

    @Test
    void anEmptyFileAndABlankOne() throws Exception {
        assertEquals("orders.csv is empty (0 bytes): there is nothing to import.",
                failure(Files.write(dir.resolve("orders.csv"), new byte[0])));
        assertEquals("blank.csv is empty: it has no header row.",
                failure(Files.writeString(dir.resolve("blank.csv"), "\r\n\r\n")));
        assertTrue(failure(Files.write(dir.resolve("survey.xlsx"), new byte[0])).contains("it is empty (0 bytes)"));
    }

    @Test
    void aHeaderOnlyFileIsFineAndHasNoRows() throws Exception {
        for (String text : new String[] {"顧客ID,受注日,金額", "顧客ID,受注日,金額\r\n", "顧客ID,受注日,金額\n\n"}) {
            Path f = Files.writeString(dir.resolve("header.csv"), text);
            TableReader reader = TableReader.open(f);
            assertEquals(3, reader.header().size());
            long[] rows = {0};
            reader.rows((n, c) -> rows[0]++);
            assertEquals(0, rows[0], text);
        }
    }

    private static byte[] xlsx() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("orders");
            for (int r = 0; r < 300; r++) {
                s.createRow(r).createCell(0).setCellValue(r == 0 ? "顧客ID" : "C" + r * 7919);
                s.getRow(r).createCell(1).setCellValue(r * 1234.5);
            }
            wb.write(b);
        }
        return b.toByteArray();
    }

    @Test
    void aTruncatedXlsxIsCalledCutShortAndLeftUnchanged() throws Exception {
        byte[] whole = xlsx();
        Path f = Files.write(dir.resolve("orders.xlsx"), Arrays.copyOf(whole, whole.length / 2));
        long modified = Files.getLastModifiedTime(f).toMillis();
        String m = failure(f);
        assertTrue(m.startsWith("orders.xlsx is not a readable .xlsx workbook: it is cut short or damaged"), m);
        assertArrayEquals(Arrays.copyOf(whole, whole.length / 2), Files.readAllBytes(f), "reading changes nothing");
        assertEquals(modified, Files.getLastModifiedTime(f).toMillis());
    }

    @Test
    void aTruncatedXlsIsCalledDamaged() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (Workbook wb = new HSSFWorkbook()) {
            Sheet s = wb.createSheet("orders");
            for (int r = 0; r < 2000; r++) {
                s.createRow(r).createCell(0).setCellValue("C" + r);
            }
            wb.write(b);
        }
        byte[] whole = b.toByteArray();
        String m = failure(Files.write(dir.resolve("orders.xls"), Arrays.copyOf(whole, whole.length / 2)));
        assertTrue(m.startsWith("orders.xls is not a readable .xls workbook: it is cut short or damaged"), m);
    }

    @Test
    void aZipBombXlsxLooksUnsafe() throws Exception {
        Path f = dir.resolve("bomb.xlsx");
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx()));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(f))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(e.getName()));
                byte[] content = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData>") + "<sheetData>".length();
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1 << 20];
                    Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 20; i++) {
                        out.write(blanks); // 20 MB of blanks pack to ~20 KB: a thousandfold
                    }
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
            }
        }
        String m = failure(f);
        assertTrue(m.startsWith("bomb.xlsx is not a readable .xlsx workbook: it looks unsafe"), m);
    }

    @Test
    void aFiveMegabyteValueIsRefusedNamingTheRow() throws Exception {
        Path f = dir.resolve("huge.csv");
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("顧客ID,メモ\nA,short\nB,");
            char[] chunk = new char[1 << 16];
            Arrays.fill(chunk, 'x');
            for (int i = 0; i < 80; i++) {
                w.write(chunk);
            }
            w.write("\nC,short\n");
        }
        assertEquals("huge.csv, row 3, column 2: a value longer than 1 million characters; a real cell is never "
                + "that long, so the file is probably damaged or has a stray quote (\") before this point.", failure(f));
    }

    @Test
    void aStrayQuoteThatSwallowsTheFileIsRefusedWhereItStarts() throws Exception {
        Path f = dir.resolve("stray.csv");
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("id,name\nA,ok\nB,\"oops\n");
            for (int i = 0; i < 200_000; i++) {
                w.write("C" + i + ",name\n");
            }
        }
        assertTrue(failure(f).startsWith("stray.csv, row 3, column 2: a value longer than 1 million characters"));
    }

    @Test
    void invalidWindows31jBytesNameTheRowAndSuggestAnEncoding() throws Exception {
        byte[] good = "会員番号,氏名\n1,髙橋\n2,".getBytes(MS932);
        byte[] bad = {(byte) 0x85, 0x40};
        byte[] rest = "\n3,山田\n".getBytes(MS932);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(good);
        b.write(bad);
        b.write(rest);
        Path f = Files.write(dir.resolve("members.csv"), b.toByteArray());
        String expected = "members.csv, row 3, column 2: the byte 0x85 is not valid windows-31j text, so the "
                + "file is probably in another encoding. Choose the encoding (command line: --encoding, e.g. "
                + "--encoding UTF-8).";
        assertEquals(expected, failure(f));
        assertEquals(expected, failure(f, new ReadOptions(MS932, null, null)));
    }

    @Test
    void invalidUtf8SuggestsWindows31j() throws Exception {
        byte[] text = "id,name\n1,".getBytes(StandardCharsets.UTF_8);
        Path f = Files.write(dir.resolve("u.csv"), concat(text, "髙橋\n".getBytes(MS932)));
        String m = failure(f, new ReadOptions(StandardCharsets.UTF_8, null, null));
        assertTrue(m.startsWith("u.csv, row 2, column 2: the byte 0xFB is"), m);
        assertTrue(m.endsWith("--encoding windows-31j)."), m);
    }

    @Test
    void anUnterminatedQuoteAtTheEndNamesItsRow() throws Exception {
        Path f = Files.writeString(dir.resolve("q.csv"), "id,note\nA,fine\nB,\"never closed\nC,more\n");
        assertEquals("q.csv, row 3, column 2: a quoted value (starting with \") is never closed, so the rest of the "
                + "file would be read as one value. Add the closing quote, or double any quote inside the value (\"\").",
                failure(f));
    }

    @Test
    void tooManyColumnsSuggestTheDelimiterIsWrong() throws Exception {
        Path f = Files.writeString(dir.resolve("wide.csv"), "a,b\n" + ",".repeat(20_000) + "\n");
        assertTrue(failure(f).startsWith("wide.csv, row 2: more than 16384 columns"));
    }

    @Test
    void aHandlerFailureIsNotDisguised() throws Exception {
        Path f = Files.writeString(dir.resolve("ok.csv"), "id\nA\n");
        ImportException e = assertThrows(ImportException.class, () -> TableReader.open(f).rows((n, c) -> {
            throw new ImportException("ok.csv, row " + n + ": stop");
        }));
        assertEquals("ok.csv, row 2: stop", e.getMessage());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @Test
    void aPasswordProtectedXlsxIsNamedSo() throws Exception {
        Path f = dir.resolve("locked.xlsx");
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
             OutputStream out = Files.newOutputStream(f)) {
            var info = new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
            var enc = info.getEncryptor();
            enc.confirmPassword("pass");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(xlsx());
            }
            fs.writeFilesystem(out);
        }
        assertTrue(failure(f).startsWith("locked.xlsx is password-protected."));
    }
}
