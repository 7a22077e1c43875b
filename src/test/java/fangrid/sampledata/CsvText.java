package fangrid.sampledata;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A small, strict RFC 4180 reader for the generated files: records end with CRLF (a bare CR or LF
 * outside quotes is an error), quoted fields may hold commas, quotes ({@code ""}) and line breaks.
 * It is independent of the commons-csv printer that wrote the files, so it also checks their quoting.
 */
public final class CsvText {

    private CsvText() {
    }

    /**
     * Splits a decoded CSV text into records.
     *
     * @param text the whole file, without byte order mark, ending with CRLF
     * @return the records, header first
     * @throws IOException on a syntax error, with the record number
     */
    public static List<List<String>> parse(String text) throws IOException {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (text.charAt(i) == '"') {
                i = quoted(text, i + 1, field, records.size() + 1);
            } else {
                while (i < n && ",\r\n\"".indexOf(text.charAt(i)) < 0) {
                    field.append(text.charAt(i++));
                }
                if (i < n && text.charAt(i) == '"') {
                    throw error("quote inside an unquoted field", records.size() + 1);
                }
            }
            record.add(field.toString());
            field.setLength(0);
            if (i == n) {
                throw error("missing CRLF at the end of the file", records.size() + 1);
            }
            char c = text.charAt(i);
            if (c == ',') {
                i++;
                if (i == n) {
                    throw error("missing CRLF at the end of the file", records.size() + 1);
                }
            } else if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                i += 2;
                records.add(record);
                record = new ArrayList<>();
            } else {
                throw error("bare CR or LF, or text after a closing quote", records.size() + 1);
            }
        }
        return records;
    }

    private static int quoted(String text, int start, StringBuilder field, int recordNumber) throws IOException {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            field.append(c);
            i++;
        }
        throw error("unterminated quoted field", recordNumber);
    }

    private static IOException error(String message, int recordNumber) {
        return new IOException(message + " in record " + recordNumber);
    }
}
