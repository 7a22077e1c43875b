package fangrid.cli;

import fangrid.domain.DamagedProjectException;
import fangrid.domain.SummaryOnlyException;
import java.io.PrintWriter;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * FanGrid's command line: the same services as the UI, for scripting and benchmarks.
 * Exit codes: 0 done, 2 bad input (nothing changed), 1 internal error.
 */
@Command(name = "fangrid", mixinStandardHelpOptions = true, versionProvider = FanGridCli.Version.class,
        subcommands = {ImportCommand.class, AnalyzeCommand.class, SummaryCommand.class, ReportCommand.class,
                ExportCommand.class, EncryptCommand.Encrypt.class, EncryptCommand.Decrypt.class,
                MigrationCommand.class, ClvCommand.class,
                TargetCommand.class},
        description = "Customer segmentation beyond RFM. Without a command, starts the desktop app.")
public final class FanGridCli {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;

    private static final Set<String> COMMANDS = Set.of("import", "analyze", "summary", "report", "export", "encrypt",
            "decrypt", "migration", "clv", "target", "--help", "-h", "--version", "-V");

    private FanGridCli() {
    }

    /**
     * Whether {@code args} are for the command line rather than the desktop app: a command, help or version, or any
     * first word that is not an option (an unknown command is reported there, not started as a window).
     */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && (COMMANDS.contains(args[0]) || !args[0].startsWith("-"));
    }

    /** Runs a command on the process's standard streams and returns its exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs a command writing to {@code out} and {@code err} and returns its exit code. */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new FanGridCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof SummaryOnlyException refused) {
                cmd.getErr().println("Not possible: " + refused.getMessage());
                return BAD_INPUT;
            }
            cmd.getErr().println("Internal error: " + e);
            return INTERNAL_ERROR;
        });
        cl.setParameterExceptionHandler((e, a) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println(e.getMessage());
            if (cmd.getCommandSpec().parent() == null) {
                cmd.getErr().println("Commands: " + String.join(", ", cmd.getSubcommands().keySet())
                        + " (fangrid COMMAND --help for one's options; no command starts the desktop app)");
            } else {
                cmd.getErr().println("See: fangrid " + cmd.getCommandName() + " --help");
            }
            return BAD_INPUT;
        });
        return cl.execute(args);
    }

    /** After a refused damaged project that a copy can still show, says how to see it. */
    static void hintReadOnlyCopy(Exception refusal, PrintWriter err) {
        if (refusal instanceof DamagedProjectException d && d.copyReadable()) {
            err.println("To see what can still be read of it, run the command again with --read-only-copy.");
        }
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = FanGridCli.class.getPackage().getImplementationVersion();
            return new String[] {"FanGrid " + (v == null ? "(development build)" : v)};
        }
    }
}
