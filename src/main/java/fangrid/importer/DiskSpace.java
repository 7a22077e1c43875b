package fangrid.importer;

import fangrid.domain.ImportException;
import fangrid.store.DiskFull;
import fangrid.store.Project;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Room on the disk for an import. H2 fails a write to a full disk and closes the project file, which then needs free
 * space again before it opens; so an import that would not fit is refused before it writes anything, its need
 * estimated from the file's size, and a write that fails all the same is reported as a full disk in words.
 */
final class DiskSpace {
    /** The free bytes on the disk holding a folder: the system's figure, or a test's. */
    @FunctionalInterface
    interface Probe {
        long freeBytes(Path folder) throws IOException;
    }

    static final Probe SYSTEM = folder -> Files.getFileStore(folder).getUsableSpace();

    /*
     * Measured on this project's store (H2 2.3): at its peak a project grew by 2.1 times a 45 MB transactions CSV of
     * 2 M lines, 3.8 times a 4.4 MB one of 200,000 lines, 3.4 times the sample shop's 0.4 MB customers file and 0.6
     * times its 0.9 MB orders file; the fixed part covers the small files' overhead.
     */
    private static final long BYTES_PER_FILE_BYTE = 3;
    private static final long FIXED_BYTES = 8L << 20;
    private static final long MB = 1L << 20;

    private final Probe probe;

    DiskSpace(Probe probe) {
        this.probe = probe;
    }

    /**
     * The bytes an import of {@code file} may add to a project at its peak. A gzip file counts by the size it
     * inflates to, which its last four bytes give (modulo 4 GB).
     */
    static long neededFor(Path file) throws IOException {
        long size = Files.size(file);
        if (size >= 4 && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
                f.seek(size - 4);
                size = Math.max(size, Integer.toUnsignedLong(Integer.reverseBytes(f.readInt())));
            }
        }
        return BYTES_PER_FILE_BYTE * size + FIXED_BYTES;
    }

    /** Refuses, before anything is written, an import of {@code file} that would not fit beside {@code project}. */
    void requireRoomFor(Path file, Project project) throws ImportException, IOException {
        long needed = neededFor(file);
        long free = freeBytes(project);
        if (free < needed) {
            throw new ImportException("The disk is too full to import " + file.getFileName() + ": it needs about "
                    + megabytes(needed) + " free beside the project " + project.name() + ", and " + megabytes(free)
                    + " are free. Free some space and import again; the project is unchanged.");
        }
    }

    /** Whether {@code failure} of an import into {@code project} comes from a full disk. */
    boolean explains(Throwable failure, Project project) {
        return DiskFull.explains(failure, freeBytes(project));
    }

    /** The words for a write that failed because the disk became full during an import of {@code fileName}. */
    static ImportException fullDuring(String fileName, Project project, Throwable failure) {
        return new ImportException("The disk is full: " + fileName + " could not be written into the project "
                + project.name() + " and is not imported. Free some space and import again; the project keeps what it"
                + " held before (an import that did not finish is removed when the project is next opened).", failure);
    }

    /** The free bytes beside the project, or as good as unlimited when the system cannot tell. */
    private long freeBytes(Project project) {
        try {
            return probe.freeBytes(project.file().toAbsolutePath().getParent());
        } catch (IOException unknown) {
            return Long.MAX_VALUE;
        }
    }

    private static String megabytes(long bytes) {
        return (bytes / MB + (bytes % MB == 0 ? 0 : 1)) + " MB";
    }
}
