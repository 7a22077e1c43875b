package fangrid.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.importer.ImportService;
import fangrid.importer.MappingProposal;
import fangrid.importer.read.TableReader;
import fangrid.store.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Survey answers on other scales are mapped onto the 7 favorability levels by a table. */
class FavorabilityScaleTest {
    @TempDir
    Path dir;

    private List<Integer> importSurvey(String csv) throws Exception {
        Path f = Files.writeString(dir.resolve("s.csv"), csv);
        List<Integer> out = new ArrayList<>();
        try (Project p = Project.create(dir.resolve("p"))) {
            new ImportService().importFile(p, f, DataKind.SURVEY);
            try (Statement s = p.connection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT favorability FROM survey_answer ORDER BY answer_id")) {
                while (rs.next()) {
                    out.add(rs.getInt(1));
                }
            }
        }
        return out;
    }

    @Test
    void npsAnswersAreDetectedAndMapped() throws Exception {
        assertEquals(List.of(7, 6, 5, 4, 3, 1), importSurvey("顧客ID,好感度\nA,10\nB,9\nC,8\nD,7\nE,5\nF,0\n"));
    }

    @Test
    void starsAreDetectedFromTheHeaderAndMapped() throws Exception {
        assertEquals(List.of(6, 5, 3, 1), importSurvey("顧客ID,好感度（星）\nA,5\nB,★4\nC,3\nD,1\n"));
    }

    @Test
    void fanGridsOwnLevelsStayAsTheyAre() throws Exception {
        assertEquals(List.of(7, 6, 1), importSurvey("顧客ID,好感度\nA,人に紹介するほど大好き\nB,6\nC,実は好きではない\n"));
    }

    @Test
    void anAnswerOffTheScaleIsNotAFavorability() {
        assertNull(FavorabilityScale.STARS_5.read("6"));
        assertNull(FavorabilityScale.NPS_11.read("11"));
        assertNull(FavorabilityScale.NPS_11.read("大好き"));
    }

    @Test
    void theUserCanChangeWhatAnAnswerMeansAndTheLogRecordsIt() throws Exception {
        ColumnMapping m = ColumnMapping.propose(DataKind.SURVEY, List.of("顧客ID", "好感度（星）"))
                .withFavorabilityScale(FavorabilityScale.STARS_5);
        assertEquals(6, m.readFavorability("5").code());
        ColumnMapping edited = m.withFavorabilityLevel(5, 7).withFavorabilityLevel(4, 6);
        assertEquals(7, edited.readFavorability("★5").code());
        assertEquals(6, edited.readFavorability("4").code());
        assertEquals(6, m.readFavorability("5").code(), "the original mapping is unchanged");
        assertTrue(edited.toString().contains("(favorability as stars5: 1→1 2→2 3→3 4→6 5→7)"), edited.toString());
        assertThrows(IllegalArgumentException.class, () -> m.withFavorabilityLevel(6, 7), "not a star count");
        assertThrows(IllegalArgumentException.class, () -> m.withFavorabilityLevel(5, 8), "not a level");
        Path f = Files.writeString(dir.resolve("stars.csv"), "顧客ID,好感度（星）\nA,5\nB,4\nC,3\n");
        try (Project p = Project.create(dir.resolve("edited"))) {
            TableReader reader = TableReader.open(f);
            new ImportService().importFile(p, f, DataKind.SURVEY, reader,
                    MappingProposal.of(reader, DataKind.SURVEY).mapping().withFavorabilityLevel(5, 7), false, ImportProgress.NONE);
            try (Statement s = p.connection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT favorability FROM survey_answer ORDER BY answer_id")) {
                List<Integer> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getInt(1));
                }
                assertEquals(List.of(7, 5, 3), out);
            }
            assertTrue(p.imports().all().get(0).mapping().contains("5→7"), "the import log keeps the edited table");
        }
    }
}
