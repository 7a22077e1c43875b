package fangrid.analysis.predict;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.ObjectName;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Keeps BOBYQA's code away from HotSpot's optimizing compiler (C2). Fitting 20 M lines, C2 compiled
 * {@code BOBYQAOptimizer.bobyqb}, one very long method, about seven times at 2–3.5 s of CPU each; with that class left
 * to C1 by this class, {@code analyze --input} of the 20 M-line file took 47.7 s instead of 53.1 s (65.2 s of user CPU
 * instead of 74.9 s) with the same output. The optimizer's time is in the likelihood, which C2 still compiles. A JVM option would need the
 * user's command line ({@code java -jar}), so the directive is added from inside, as {@code jcmd PID
 * Compiler.directives_add} would. A runtime without the JVM's diagnostic commands (the packaged app's, which runs C1
 * only anyway) keeps compiling as it does.
 */
final class OptimizerCompilation {
    static final String DIRECTIVE = "[{ match: \"" + BOBYQAOptimizer.class.getName() + "::*\", c2: { Exclude: true } }]";
    private static final String COMMANDS = "com.sun.management:type=DiagnosticCommand";
    private static boolean asked;

    private OptimizerCompilation() {
    }

    /** Asks the JVM, once, to leave BOBYQA to C1; quietly nothing where it cannot be asked. */
    static synchronized void keepOffC2() {
        if (asked) {
            return;
        }
        asked = true;
        try {
            Path file = Files.createTempFile("fangrid-compiler", ".json");
            try {
                Files.writeString(file, DIRECTIVE);
                command("compilerDirectivesAdd", file.toString());
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (java.io.IOException | JMException | RuntimeException e) {
            // the fit runs as it would have; only its speed depended on this
        }
    }

    /** Runs one of the JVM's diagnostic commands (jcmd's, by its MBean operation name) and returns what it printed. */
    static String command(String operation, String... arguments) throws JMException {
        return (String) ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(COMMANDS), operation,
                new Object[] {arguments}, new String[] {String[].class.getName()});
    }
}
