package fangrid.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class IoReasonsTest {
    @Test
    void theCommonCausesAreSaidInWordsNotAsAPath() {
        assertEquals("permission denied: this account may not read or change it",
                IoReasons.of(new AccessDeniedException("/home/u/orders.csv")));
        assertEquals("it or its folder does not exist (moved, renamed or deleted?)",
                IoReasons.of(new NoSuchFileException("/home/u/orders.csv")));
        assertEquals("the disk is full", IoReasons.of(new FileSystemException("/home/u/out.csv", null,
                "No space left on device")));
        assertEquals("the disk is full", IoReasons.of(new IOException("No space left on device")));
        assertEquals("it is a folder, not a file", IoReasons.of(new FileSystemException("/home/u", null, "Is a directory")));
        assertEquals("Input/output error", IoReasons.of(new FileSystemException("/mnt/x", null, "Input/output error")));
    }
}
