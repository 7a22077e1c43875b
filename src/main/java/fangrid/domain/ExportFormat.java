package fangrid.domain;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The file formats a customer list is exported to. */
public enum ExportFormat {
    /** CSV in UTF-8 with a byte order mark, so Excel reads it as UTF-8. */
    CSV_UTF8_BOM("csv", StandardCharsets.UTF_8),
    /** CSV in windows-31j (CP932, "Shift_JIS" in Japanese tools): Excel, LINE and mail tools in Japan. */
    CSV_WINDOWS_31J("csv", Charset.forName("windows-31j")),
    /** An Excel workbook, written streaming (POI SXSSF); numbers and dates are typed cells. */
    XLSX("xlsx", null);

    private final String extension;
    private final Charset charset;

    ExportFormat(String extension, Charset charset) {
        this.extension = extension;
        this.charset = charset;
    }

    /** The file name extension without the dot. */
    public String extension() {
        return extension;
    }

    /** The CSV file's charset; null for XLSX. */
    public Charset charset() {
        return charset;
    }
}
