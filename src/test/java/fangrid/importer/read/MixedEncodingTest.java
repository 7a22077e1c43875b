package fangrid.importer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.domain.ImportException;
import fangrid.domain.ReadOptions;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A file whose rows come in two encodings (rows pasted from another export, two exports concatenated) is refused,
 * naming the first row that the encoding it is read in does not fit, instead of being imported with garbled ids
 * (UTF-8 会員1 read as windows-31j is 莨壼藤1). Text in one encoding whose bytes happen to form a valid UTF-8
 * sequence here and there is not taken for a mix.
 */
class MixedEncodingTest {
    private static final Charset MS932 = Charset.forName("windows-31j");

    @TempDir
    Path dir;

    /**
     * Each row of {@code rows} ({@code /} between rows) is written in windows-31j when marked {@code S:} and in
     * UTF-8 when marked {@code U:}; {@code <NL>} is a line end inside a quoted value, {@code <CRLF>} ends the rows
     * with CR LF.
     */
    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = ';', value = {
        "S:会員番号,受注日,金額/S:会員1,2024-01-05,100/S:会員2,2024-01-06,200/U:会員3,2024-01-07,300; detect; 4; 1",
        "S:会員番号,受注日,金額/S:会員1,2024-01-05,100/U:会員3,2024-01-07,300/S:会員2,2024-01-06,200; detect; 3; 1",
        "S:会員番号,受注日,金額/S:会員1,2024-01-05,100/U:K3,2024-01-07,ポイント; windows-31j; 3; 3",
        "S:会員番号|受注日|商品名/S:会員1|2024-01-05|ポポ/U:K3|2024-01-07|ソファ; detect; 3; 3",
        "S:会員番号,備考/S:会員1,\"ポ<NL>イ<NL>ント\"/U:会員3,x; detect; 3; 1",
        "S:会員番号,受注日<CRLF>/S:会員1,2024-01-05<CRLF>/S:会員2,2024-01-06<CRLF>/U:会員3,2024-01-07<CRLF>; detect; 4; 1",
        "S:会員番号 受注日 金額/S:会員1 2024-01-05 100/U:会員3 2024-01-07 300; detect; 3; 1",
        "S:id,date,amount/U:会員1,2024-01-05,100/S:会員2,2024-01-06,200; windows-31j; 2; 1",
        "U:会員番号,受注日,金額/U:会員1,2024-01-05,100/S:会員2,2024-01-06,200; detect; 1; 1",
    })
    void aFileInTwoEncodingsIsRefusedAtTheFirstRowThatDoesNotFit(String rows, String encoding, long row, int column)
            throws Exception {
        Path f = write("mixed.csv", rows);
        ReadOptions options = encoding.equals("detect") ? ReadOptions.DETECT : new ReadOptions(Charset.forName(encoding), null, null);
        ImportException e = assertThrows(ImportException.class, () -> TableReader.open(f, options).rows((n, cells) -> { }));
        assertTrue(e.getMessage().startsWith("mixed.csv, row " + row + ", column " + column + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("encoding"), e.getMessage());
    }

    /** The check follows rows, quotes and delimiters across reads: however the bytes come, it names the same place. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 7, 16, 8192})
    void theRowAndColumnDoNotDependOnHowTheBytesAreRead(int chunk) throws Exception {
        byte[] file = Files.readAllBytes(write("c.csv", "S:会員番号,備考,金額/S:会員1,\"ポ<NL>イ,ント\",1/S:K2,,\"\"/S:K3,\"a\"\"b\",2"
                + "/U:K4,x,ポイント"));
        GuardedTextReader.Problem p = assertThrows(GuardedTextReader.Problem.class, () -> {
            try (java.io.InputStream in = MixedEncodingCheck.around(new java.io.ByteArrayInputStream(file), MS932, ',', "c.csv")) {
                byte[] buf = new byte[chunk];
                while (in.read(buf, 0, chunk) >= 0) {
                    // reading on until the check objects
                }
            }
        });
        assertTrue(p.getMessage().startsWith("c.csv, row 5, column 3: "), p.getMessage());
    }

    /** Past the part detection looks at, UTF-8 is read strictly: the first row that is not UTF-8 is named. */
    @Test
    void aWindows31jRowFarIntoAUtf8FileIsNamedAsAMix() throws Exception {
        StringBuilder rows = new StringBuilder("U:会員番号,受注日,金額");
        for (int i = 0; i < 3_000; i++) {
            rows.append("/U:会員").append(i).append(",2024-01-05,100");
        }
        Path f = write("deep.csv", rows.append("/S:会員X,2024-01-06,200").toString());
        ImportException e = assertThrows(ImportException.class, () -> TableReader.open(f).rows((n, cells) -> { }));
        assertTrue(e.getMessage().startsWith("deep.csv, row 3002, column 1: the byte 0x89 is not valid UTF-8 text, "
                + "while row 1 is: the file mixes two encodings"), e.getMessage());
    }

    /**
     * Detection looks at the first 64 KB: a UTF-8 character cut there is left out, and the file is UTF-8 wherever the
     * cut falls. Dropping a fixed three bytes cut the whole character before it, and took the file for windows-31j.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void aUtf8FileIsDetectedWhereverTheDetectedPartEnds(int shift) throws Exception {
        StringBuilder text = new StringBuilder("id,name\n" + "x".repeat(shift));
        while (text.length() < 70_000) {
            text.append("1,会員会員会員\n");
        }
        Path f = Files.write(dir.resolve("u.csv"), text.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals("UTF-8, comma-separated", TableReader.open(f).describe());
    }

    /**
     * windows-31j text whose bytes are valid UTF-8 by chance is one encoding: ﾃｱ is C3 B1 (ñ in UTF-8), 縺ア is
     * E3 81 83 41 (ぃA). A row is taken for UTF-8 only with two or more characters of three bytes.
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"ﾃｱ", "ﾃｱﾗｰ", "縺ア", "髯ア", "ﾀﾞｲｱﾓﾝﾄﾞ", "ｶﾞｯｺｳ", "ﾄﾞｰﾅﾂ ｾｯﾄ"})
    void windows31jTextIsNotTakenForAMix(String text) throws Exception {
        Path f = write("one.csv", "S:会員番号,商品名/S:K1," + text + "/S:K2,説明");
        List<String[]> read = new ArrayList<>();
        TableReader.open(f).rows((n, cells) -> read.add(cells));
        assertEquals(2, read.size());
        assertEquals(text, read.get(0)[1]);
    }

    private Path write(String name, String rows) throws Exception {
        String end = rows.contains("<CRLF>") ? "" : "\n";
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (String row : rows.split("/")) {
            String text = row.substring(2).replace("<NL>", "\n").replace("<CRLF>", "\r\n") + end;
            b.write(text.getBytes(row.startsWith("S:") ? MS932 : StandardCharsets.UTF_8));
        }
        return Files.write(dir.resolve(name), b.toByteArray());
    }
}
