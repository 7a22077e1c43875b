package fangrid.cli;

import fangrid.domain.ProjectException;
import fangrid.files.IoReasons;
import fangrid.project.ProjectSession;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine.Option;

/**
 * The one place the command line opens a project file: every command that opens one mixes this in and opens its
 * project through {@link #open} and friends, never with {@code ProjectSession.open(path)} itself. It carries
 * {@code --password-file FILE}, the password of an encrypted project, read from a file, never from the command line
 * (which other users of the computer can see), and never printed.
 */
final class ProjectOpening {
    @Option(names = "--password-file", paramLabel = "FILE", description = "the password of an encrypted project: the"
            + " file's text in UTF-8 (a trailing newline is ignored)")
    private Path file;

    /** Whether a password file was given. */
    boolean given() {
        return file != null;
    }

    /** Opens an existing project, with the password when one was given. */
    ProjectSession open(Path project) throws ProjectException {
        return ProjectSession.open(project, password());
    }

    /** Opens an existing project, or with {@code readOnlyCopy} a read-only copy of a damaged one. */
    ProjectSession open(Path project, boolean readOnlyCopy) throws ProjectException {
        return readOnlyCopy ? ProjectSession.openReadOnlyCopy(project, password()) : open(project);
    }

    /** Opens the project, creating it (encrypted when a password was given) where there is none. */
    ProjectSession openOrCreate(Path project) throws ProjectException {
        return ProjectSession.openOrCreate(project, password());
    }

    /** The password in the file, or null when none was given; the caller overwrites it once used. */
    char[] password() throws ProjectException {
        if (file == null) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ProjectException("Cannot read the password file " + file + ": " + IoReasons.of(e), e);
        }
        CharBuffer chars = null;
        try {
            chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            int start = chars.length() > 0 && chars.charAt(0) == '\uFEFF' ? 1 : 0;
            int end = chars.length();
            while (end > start && (chars.charAt(end - 1) == '\n' || chars.charAt(end - 1) == '\r')) {
                end--;
            }
            if (end == start) {
                throw new ProjectException("The password file " + file + " is empty: write the password in it.");
            }
            char[] password = new char[end - start];
            chars.position(start);
            chars.get(password);
            return password;
        } catch (CharacterCodingException e) {
            throw new ProjectException("The password file " + file + " is not UTF-8 text.");
        } finally {
            Arrays.fill(bytes, (byte) 0);
            if (chars != null && chars.hasArray()) {
                Arrays.fill(chars.array(), '\0');
            }
        }
    }
}
