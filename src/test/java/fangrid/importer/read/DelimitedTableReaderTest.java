package fangrid.importer.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

class DelimitedTableReaderTest {
    private static final Charset MS932 = Charset.forName("windows-31j");

    @TempDir
    Path dir;

    private Path write(String name, byte[]... parts) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.write(p);
        }
        return Files.write(dir.resolve(name), b.toByteArray());
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static List<String[]> rows(TableReader reader) throws ImportException {
        List<String[]> rows = new ArrayList<>();
        reader.rows((n, cells) -> rows.add(cells));
        return rows;
    }

    @Test
    void aOneLineHeaderOnlyFileIsDetectedAndHasNoRows() throws Exception {
        Path f = write("h.csv", "顧客ID;受注日;金額".getBytes(MS932));
        TableReader reader = TableReader.open(f);
        assertEquals("windows-31j, semicolon-separated", reader.describe());
        assertEquals(List.of("顧客ID", "受注日", "金額"), reader.header());
        assertEquals(0, rows(reader).size());
    }

    @Test
    void aTwoLineFileIsDetected() throws Exception {
        Path f = write("two.txt", "顧客ID|金額\r\nA|1,234\r\n".getBytes(MS932));
        TableReader reader = TableReader.open(f);
        assertEquals("windows-31j, pipe-separated", reader.describe());
        List<String[]> rows = rows(reader);
        assertEquals(1, rows.size());
        assertArrayEquals(new String[] {"A", "1,234"}, rows.get(0), "a comma inside a value is no delimiter here");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "/", value = {
        "'a;b;c<NL>1;2;3<NL>' / semicolon",
        "'a|b|c<NL>1|2|3<NL>' / pipe",
        "'a<TAB>b<TAB>c<NL>1<TAB>2<TAB>3<NL>' / tab",
        "'a,b,c<NL>1,2,3<NL>' / comma",
        "'\"x;y\",b,c<NL>1,2,3<NL>' / comma",
        "'name;price<NL>\"A\";1,5<NL>' / semicolon"})
    void detectsTheDelimiter(String text, String expected) throws Exception {
        String t = text.replace("<NL>", "\n").replace("<TAB>", "\t");
        Path f = write("d.csv", t.getBytes(StandardCharsets.UTF_8));
        assertEquals("UTF-8, " + expected + "-separated", TableReader.open(f).describe());
    }

    @Test
    void utf8WithAndWithoutBom() throws Exception {
        byte[] body = "顧客ID,金額\nA,１２３４\n".getBytes(StandardCharsets.UTF_8);
        for (Path f : List.of(write("bom.csv", bytes(0xEF, 0xBB, 0xBF), body), write("plain.csv", body))) {
            TableReader reader = TableReader.open(f);
            assertEquals("UTF-8, comma-separated", reader.describe(), f.toString());
            assertEquals(List.of("顧客ID", "金額"), reader.header(), "no BOM left on the first header");
            assertArrayEquals(new String[] {"A", "１２３４"}, rows(reader).get(0));
        }
    }

    @Test
    void utf16WithBomBothByteOrders() throws Exception {
        String text = "顧客ID\t金額\r\nA\t100\r\n";
        Path le = write("le.txt", bytes(0xFF, 0xFE), text.getBytes(StandardCharsets.UTF_16LE));
        Path be = write("be.txt", bytes(0xFE, 0xFF), text.getBytes(StandardCharsets.UTF_16BE));
        assertEquals("UTF-16LE, tab-separated", TableReader.open(le).describe());
        assertEquals("UTF-16BE, tab-separated", TableReader.open(be).describe());
        for (Path f : List.of(le, be)) {
            TableReader reader = TableReader.open(f);
            assertEquals(List.of("顧客ID", "金額"), reader.header());
            assertArrayEquals(new String[] {"A", "100"}, rows(reader).get(0));
        }
    }

    @Test
    void utf16WithoutBomIsKnownByItsNuls() throws Exception {
        Path f = write("nobom.txt", "id\tamount\r\nA\t100\r\n".getBytes(StandardCharsets.UTF_16LE));
        TableReader reader = TableReader.open(f);
        assertEquals("UTF-16LE, tab-separated", reader.describe());
        assertEquals(List.of("id", "amount"), reader.header());
    }

    @Test
    void windows31jWithNecCharactersAndIbmKanji() throws Exception {
        Path f = write("sjis.csv", "会員番号,商品名,金額\n髙橋,①㈱セット,1200\n".getBytes(MS932));
        TableReader reader = TableReader.open(f);
        assertEquals("windows-31j, comma-separated", reader.describe());
        assertArrayEquals(new String[] {"髙橋", "①㈱セット", "1200"}, rows(reader).get(0));
    }

    @Test
    void aShiftJisNameFarDownAnAsciiFileIsNotTakenForUtf8() throws Exception {
        StringBuilder ascii = new StringBuilder("id,name\n");
        for (int i = 0; ascii.length() < 200_000; i++) {
            ascii.append(i).append(",plain\n");
        }
        Path f = write("late.csv", ascii.toString().getBytes(StandardCharsets.US_ASCII), "99,髙橋\n".getBytes(MS932));
        TableReader reader = TableReader.open(f);
        assertEquals("windows-31j, comma-separated", reader.describe());
        List<String[]> rows = rows(reader);
        assertArrayEquals(new String[] {"99", "髙橋"}, rows.get(rows.size() - 1));
    }

    @Test
    void encodingAndDelimiterCanBeOverridden() throws Exception {
        Path f = write("o.csv", "a;b,c\n1;2,3\n".getBytes(StandardCharsets.ISO_8859_1));
        TableReader reader = TableReader.open(f, ReadOptions.DETECT.withCharset(StandardCharsets.ISO_8859_1).withDelimiter(','));
        assertEquals("ISO-8859-1, comma-separated", reader.describe());
        assertEquals(List.of("a;b", "c"), reader.header());

        Path sjis = write("s.csv", "名前\n髙橋\n".getBytes(MS932));
        TableReader asSjis = TableReader.open(sjis, new ReadOptions(MS932, null, null));
        assertEquals("髙橋", rows(asSjis).get(0)[0]);
    }

    @Test
    void rowNumbersCountEmptyLinesAndQuotedLineBreaksAsASpreadsheetDoes() throws Exception {
        Path f = write("n.csv", "id,note\n\nA,\"two\nlines\"\nB,x\n".getBytes(StandardCharsets.UTF_8));
        List<Long> numbers = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        TableReader.open(f).rows((n, cells) -> {
            numbers.add(n);
            rows.add(cells);
        });
        assertEquals(List.of(3L, 4L), numbers);
        assertEquals("two\nlines", rows.get(0)[1]);
    }

    @Test
    void textAfterAClosingQuoteIsKeptAsExcelKeepsIt() throws Exception {
        Path f = write("q.csv", "id,size\nA,\"12\" pizza\nB,12\" pizza\n".getBytes(StandardCharsets.UTF_8));
        List<String[]> rows = rows(TableReader.open(f));
        assertEquals("12 pizza", rows.get(0)[1]);
        assertEquals("12\" pizza", rows.get(1)[1]);
    }

    @Test
    void aGzippedCsvIsReadThroughGzip() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(b)) {
            gz.write("id,amount\nA,1\n".getBytes(StandardCharsets.UTF_8));
        }
        Path f = write("orders.csv.gz", b.toByteArray());
        assertArrayEquals(new String[] {"A", "1"}, rows(TableReader.open(f)).get(0));
    }
}
