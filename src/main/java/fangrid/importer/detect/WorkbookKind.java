package fangrid.importer.detect;

import fangrid.domain.ImportException;
import fangrid.files.IoReasons;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a file is by its first bytes, whatever its name: an .xlsx (zip), an .xls (OLE2), or neither. */
public enum WorkbookKind {
    XLSX, XLS, NONE;

    /** The kind of {@code file} by its first bytes. */
    public static WorkbookKind of(Path file) throws ImportException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        } catch (IOException e) {
            throw new ImportException("Cannot read " + file.getFileName() + ": " + IoReasons.of(e), e);
        }
        if (TextDetection.startsWith(head, 'P', 'K', 3, 4)) {
            return XLSX;
        }
        if (TextDetection.startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return XLS;
        }
        return NONE;
    }
}
