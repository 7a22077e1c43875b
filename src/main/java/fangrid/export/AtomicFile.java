package fangrid.export;

import fangrid.domain.ExportCancelledException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file beside its destination and moves it into place only when complete: a cancelled or failed export
 * leaves neither a half-written file nor a damaged earlier one. The file is written as a new one (a temporary name,
 * readable by its owner only) and renamed over the destination, so a link at the destination is replaced, never
 * followed: the file it points to stays as it was.
 */
public final class AtomicFile {
    /** Writes the file's content to {@code temp}; may stop with {@code X} (e.g. a cancelled export). */
    public interface Body<T, X extends Exception> {
        T write(Path temp) throws IOException, X;
    }

    private AtomicFile() {
    }

    /** Writes {@code destination} through {@code body} into a temporary file beside it, then moves it into place. */
    public static <T, X extends Exception> T write(Path destination, Body<T, X> body) throws IOException, X {
        Path target = destination.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        boolean moved = false;
        try {
            T result = body.write(temp);
            move(temp, target);
            moved = true;
            return result;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
