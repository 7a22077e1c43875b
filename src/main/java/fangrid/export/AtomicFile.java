package fangrid.export;

import fangrid.domain.ExportCancelledException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file beside its destination and moves it into place only when complete: a cancelled or failed export
 * leaves neither a half-written file nor a damaged earlier one.
 */
final class AtomicFile {
    interface Body<T> {
        T write(Path temp) throws IOException, ExportCancelledException;
    }

    private AtomicFile() {
    }

    static <T> T write(Path destination, Body<T> body) throws IOException, ExportCancelledException {
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
