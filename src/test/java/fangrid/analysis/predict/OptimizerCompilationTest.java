package fangrid.analysis.predict;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A fit leaves BOBYQA to C1: the directive is in force in this JVM once a fit has started. */
class OptimizerCompilationTest {
    @Test
    void aFitAddsTheDirectiveThatKeepsBobyqaFromC2() throws Exception {
        MaximumLikelihood.maximize(p -> -(p[0] - 2) * (p[0] - 2) - (p[1] - 3) * (p[1] - 3), new double[] {1, 1}, 1);
        String directives = OptimizerCompilation.command("compilerDirectivesPrint");
        assertTrue(directives.contains("BOBYQAOptimizer"), directives);
    }
}
