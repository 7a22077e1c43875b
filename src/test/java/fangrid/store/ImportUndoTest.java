package fangrid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fangrid.analysis.AnalysisService;
import fangrid.domain.DataKind;
import fangrid.domain.ImportRecord;
import fangrid.domain.ImportReport;
import fangrid.importer.ImportService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportUndoTest {
    @TempDir
    Path dir;

    private static List<String> people(Project p) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = p.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT customer_id || ':' || COALESCE(name, '-') FROM customer ORDER BY customer_id")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void undoingAnImportRemovesItsRowsAndOnlyThePeopleLeftWithNothing() throws Exception {
        ImportService imports = new ImportService();
        try (Project p = Project.create(dir.resolve("p"))) {
            Path orders = Files.writeString(dir.resolve("orders.csv"), "会員番号,受注日,金額\nA,2024/01/05,100\nC,2024/01/06,50\nD,2024/01/07,70\n");
            Path survey = Files.writeString(dir.resolve("survey.csv"), "会員番号,好感度\nA,大好き\nB,好き\n");
            Path customers = Files.writeString(dir.resolve("customers.csv"), "会員番号,氏名\nD,山田\nE,佐藤\n");
            ImportReport o = imports.importFile(p, orders, DataKind.TRANSACTIONS);
            imports.importFile(p, survey, DataKind.SURVEY);
            ImportReport c = imports.importFile(p, customers, DataKind.CUSTOMERS);
            assertEquals(List.of("A:-", "B:-", "C:-", "D:山田", "E:佐藤"), people(p));

            assertEquals(1, new ImportUndo(p.connection()).undo(o.importId()), "C had nothing else");
            assertEquals(List.of("A:-", "B:-", "D:山田", "E:佐藤"), people(p), "A answered the survey, D has a profile");
            assertEquals(List.of("survey.csv", "customers.csv"), p.imports().all().stream().map(ImportRecord::fileName).toList());
            assertEquals(4, new AnalysisService().analyze(p).firstCategory().base());

            assertEquals(2, new ImportUndo(p.connection()).undo(c.importId()), "D and E had only their profiles");
            assertEquals(List.of("A:-", "B:-"), people(p));
            assertEquals(2, new AnalysisService().analyze(p).firstCategory().base(), "gaps in the keys are not people");

            imports.importFile(p, orders, DataKind.TRANSACTIONS);
            assertEquals(List.of("A:-", "B:-", "C:-", "D:-"), people(p), "an undone file can be imported again");
        }
    }
}
