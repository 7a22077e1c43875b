package fangrid.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files FanGrid names and creates itself beside a user's files (e.g. the rows an import rejected): always new, never
 * through a name that exists already — a link there is neither followed nor replaced, so a link planted at the name
 * cannot make FanGrid overwrite the file it points to — and readable by their owner only where the system has
 * permissions.
 */
public final class NewFiles {
    private static final Set<OpenOption> CREATE_NEW = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
            LinkOption.NOFOLLOW_LINKS);
    private static final int ATTEMPTS = 100;

    /** A file created and open for writing. */
    public record Created(Path file, OutputStream out) {
    }

    private NewFiles() {
    }

    /** Creates {@code file}, failing with {@link FileAlreadyExistsException} when anything is at that name. */
    public static OutputStream create(Path file) throws IOException {
        try {
            return Channels.newOutputStream(Files.newByteChannel(file, CREATE_NEW,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))));
        } catch (UnsupportedOperationException e) {
            return Channels.newOutputStream(Files.newByteChannel(file, CREATE_NEW));
        }
    }

    /**
     * Creates {@code file}, or when its name is taken the first free of {@code NAME-2.EXT}, {@code NAME-3.EXT}, …
     * beside it.
     */
    public static Created createFree(Path file) throws IOException {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 1; n <= ATTEMPTS; n++) {
            Path candidate = n == 1 ? file : file.resolveSibling(stem + "-" + n + extension);
            try {
                return new Created(candidate, create(candidate));
            } catch (FileAlreadyExistsException taken) {
                // the next name
            }
        }
        throw new FileAlreadyExistsException(file.toString(), null, "and " + ATTEMPTS + " names like it are taken");
    }
}
