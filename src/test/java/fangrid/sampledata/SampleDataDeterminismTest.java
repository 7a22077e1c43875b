package fangrid.sampledata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generating twice gives byte-identical files, even with another time zone and locale and after the
 * clock has moved on by more than the 2-second resolution of zip times; and the shipped
 * {@code sample-data/} folder is what the generator produces.
 */
class SampleDataDeterminismTest {

    private static final String[] FILES = {"orders.csv", "customers.csv", "products.csv", "survey.xlsx"};

    @TempDir
    static Path first;
    @TempDir
    static Path second;

    @BeforeAll
    static void generateTwice() throws Exception {
        SampleDataGenerator.generate(first);
        Thread.sleep(2100);
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            Locale.setDefault(Locale.forLanguageTag("th-TH-u-nu-thai"));
            SampleDataGenerator.generate(second);
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
    }

    @Test
    void generatingTwiceGivesByteIdenticalFiles() throws IOException {
        for (String name : FILES) {
            assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)),
                    name + " differs between two runs");
        }
    }

    @Test
    void workbookHasFixedZipTimesAndDocumentDates() throws IOException {
        byte[] xlsx = Files.readAllBytes(first.resolve("survey.xlsx"));
        Map<String, byte[]> entries = entries(xlsx);
        assertTrue(entries.containsKey("docProps/core.xml"));
        String core = new String(entries.get("docProps/core.xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2025-10-01T00:00:00Z</dcterms:created>"), core);
        assertTrue(core.contains("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2025-10-01T00:00:00Z</dcterms:modified>"), core);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertEquals(SurveyWorkbook.FIXED_TIME, e.getTimeLocal(), e.getName());
            }
        }
    }

    @Test
    void shippedSampleDataIsUpToDate() throws IOException {
        Path shipped = Path.of("sample-data");
        for (String name : FILES) {
            Path file = shipped.resolve(name);
            assertTrue(Files.isRegularFile(file), "missing " + file.toAbsolutePath());
            if (name.endsWith(".xlsx")) {
                // Compare the package contents: deflate output may differ between zlib builds.
                Map<String, byte[]> expected = entries(Files.readAllBytes(first.resolve(name)));
                Map<String, byte[]> actual = entries(Files.readAllBytes(file));
                assertEquals(expected.keySet(), actual.keySet());
                expected.forEach((k, v) -> assertArrayEquals(v, actual.get(k), name + "!" + k + " is stale"));
            } else {
                assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(file),
                        file + " is stale: regenerate it (see sample-data/README.md)");
            }
        }
    }

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
