package fangrid;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A small real file system (tmpfs) for tests of a full disk, mounted at a folder and filled on demand. Mounting needs
 * root: where it is refused the test is skipped, saying so.
 */
public final class SmallDisk implements AutoCloseable {
    private final Path folder;
    private final Path filler;

    private SmallDisk(Path folder) {
        this.folder = folder;
        this.filler = folder.resolve("filler.bin");
    }

    /** Mounts a tmpfs of {@code megabytes} at a new folder {@code folder}, or skips the test. */
    public static SmallDisk mount(Path folder, int megabytes) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        int exit = run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", folder.toString());
        Assumptions.assumeTrue(exit == 0, "skipped: cannot mount a " + megabytes + " MB tmpfs at " + folder
                + " (needs root and the mount command) to fill a real disk");
        return new SmallDisk(folder);
    }

    public Path folder() {
        return folder;
    }

    /** Fills the disk to the last byte with a file of zeros (as another program might while FanGrid writes). */
    public void fill() throws IOException {
        byte[] zeros = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(zeros);
            }
        } catch (IOException full) {
            if (Files.getFileStore(folder).getUsableSpace() > zeros.length) {
                throw full;
            }
        }
    }

    /** Fills the disk but for {@code bytes}. */
    public void fillBut(long bytes) throws IOException {
        long fill = Files.getFileStore(folder).getUsableSpace() - bytes;
        byte[] zeros = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (long written = 0; written < fill; written += zeros.length) {
                out.write(zeros, 0, (int) Math.min(zeros.length, fill - written));
            }
        }
    }

    /** Frees what {@link #fill} took. */
    public void free() throws IOException {
        Files.deleteIfExists(filler);
    }

    /** Unmounts the disk; lazily, so that a file a failed test left open does not keep it mounted. */
    @Override
    public void close() throws IOException, InterruptedException {
        run("umount", "-l", folder.toString());
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException noSuchCommand) {
            return -1;
        }
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
