package fangrid.cli;

import fangrid.domain.ProjectException;
import fangrid.project.ProjectSession;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fangrid encrypt} and {@code fangrid decrypt}: puts a password on a project, or takes it off. */
final class EncryptCommand {
    private EncryptCommand() {
    }

    /** Encrypts a plain project with the password in the password file. */
    @Command(name = "encrypt", mixinStandardHelpOptions = true,
            description = "Encrypts a project with a password, in place; without it the project no longer opens.")
    static final class Encrypt implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Option(names = "--project", required = true, paramLabel = "PATH", description = "the project (not open)")
        private Path project;

        @Mixin
        private ProjectOpening password;

        @Override
        public Integer call() {
            return change(spec, project, password, true);
        }
    }

    /** Takes the password off an encrypted project; the password file holds its password. */
    @Command(name = "decrypt", mixinStandardHelpOptions = true,
            description = "Removes the password of an encrypted project, in place.")
    static final class Decrypt implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Option(names = "--project", required = true, paramLabel = "PATH", description = "the project (not open)")
        private Path project;

        @Mixin
        private ProjectOpening password;

        @Override
        public Integer call() {
            return change(spec, project, password, false);
        }
    }

    private static int change(CommandSpec spec, Path project, ProjectOpening password, boolean encrypt) {
        if (!password.given()) {
            spec.commandLine().getErr().println("Missing required option: '--password-file=FILE'");
            return FanGridCli.BAD_INPUT;
        }
        try {
            char[] p = password.password();
            if (encrypt) {
                ProjectSession.changeEncryption(project, null, p);
            } else {
                ProjectSession.changeEncryption(project, p, null);
            }
            spec.commandLine().getOut().println((encrypt ? "Encrypted " : "Removed the password of ")
                    + project.getFileName() + ".");
            return FanGridCli.OK;
        } catch (ProjectException e) {
            spec.commandLine().getErr().println((encrypt ? "Not encrypted: " : "Not decrypted: ") + e.getMessage());
            return FanGridCli.BAD_INPUT;
        }
    }
}
