package fangrid.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.domain.ProjectException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project a start opens while JavaFX starts up: the window sees it, or its refusal, as opening it said. */
class OpeningAtStartTest {
    @TempDir
    Path dir;

    @Test
    void aFirstStartOpensTheSampleShopAndALaterOneTheProjectAskedFor() throws Exception {
        AppHome home = new AppHome(dir.resolve("home"));
        Path sample;
        try (ProjectSession s = OpeningAtStart.begin(home, null).session()) {
            sample = s.file();
            assertTrue(s.state().analysis().hasTransactions(), "the sample shop has its orders");
        }
        Path other;
        try (ProjectSession s = ProjectSession.createEmpty(dir.resolve("other"), null)) {
            other = s.file();
        }
        try (ProjectSession s = OpeningAtStart.begin(home, other).session()) {
            assertEquals(other, s.file());
        }
        try (ProjectSession s = OpeningAtStart.begin(home, null).session()) {
            assertEquals(sample, s.file(), "without a project asked for, the start opens the first project again");
        }
    }

    @Test
    void anEncryptedProjectIsRefusedWithTheReasonTheWindowAsksForItsPasswordBy() throws Exception {
        Path locked;
        try (ProjectSession s = ProjectSession.createEmpty(dir.resolve("locked"), "secret".toCharArray())) {
            locked = s.file();
        }
        OpeningAtStart opening = OpeningAtStart.begin(new AppHome(dir.resolve("home")), locked);
        ProjectException refused = assertThrows(ProjectException.class, opening::session,
                "the window recognizes only the ProjectException itself, not one wrapped by the thread");
        assertEquals(ProjectException.Reason.PASSWORD_NEEDED, refused.reason());
    }
}
