package fangrid.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * Why a file could not be read or written, in the user's words. The JDK's exceptions for the commonest causes carry
 * only the file's path as their message ({@code AccessDeniedException: /home/u/orders.csv}), which says nothing.
 */
public final class IoReasons {
    private IoReasons() {
    }

    /** The reason for {@code e}, e.g. "permission denied: this account may not read or change it". */
    public static String of(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied: this account may not read or change it";
        }
        if (e instanceof NoSuchFileException) {
            return "it or its folder does not exist (moved, renamed or deleted?)";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "something of that name exists already";
        }
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (reason == null) {
            return e.getClass().getSimpleName();
        }
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk full") || lower.contains("not enough space")) {
            return "the disk is full";
        }
        if (lower.contains("is a directory")) {
            return "it is a folder, not a file";
        }
        return reason;
    }
}
