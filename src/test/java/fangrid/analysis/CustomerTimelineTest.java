package fangrid.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.TestProjects;
import fangrid.analysis.TimelineEvent.Answer;
import fangrid.analysis.TimelineEvent.Purchase;
import fangrid.analysis.TimelineEvent.Return;
import fangrid.importer.ImportService;
import fangrid.importer.SampleData;
import fangrid.sampledata.OrderLine;
import fangrid.sampledata.SampleDataReader;
import fangrid.sampledata.SurveyAnswer;
import fangrid.store.CustomerOrderLines;
import fangrid.store.OrderLineChunk;
import fangrid.store.OrderLineStore;
import fangrid.store.Project;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A customer's timeline: hand-checked events, and only the chunks that hold the customer are read. */
class CustomerTimelineTest {
    private static final int NONE = CustomerColumns.NONE;

    @TempDir
    Path dir;

    @Test
    void purchasesPerOrderReturnsAndAnswersInDateOrder() throws Exception {
        String orders = """
                order,customer,date,amount,quantity,product_name,kind
                o1,A,2024-01-05,1000,2,石鹸,
                o1,A,2024-01-05,500,1,タオル,
                o1,A,2024-01-06,300,,石鹸,
                o1,A,2024-01-08,1800,,,出荷
                b1,B,2024-01-07,700,1,石鹸,
                o2,A,2024-02-01,2000,1,美容液,
                o2,A,2024-02-10,-2000,-1,美容液,返品
                C9,A,2024-03-05,-100,,,
                """;
        String survey = """
                会員番号,回答日,好感度,ご利用頻度,事前期待,事後評価,コメント
                A,2024-01-20,6,3,3,5,使いやすい
                A,,5,,,,
                """;
        try (Project p = SegmentFixture.project(dir, "timeline", orders, survey)) {
            AnalysisService service = new AnalysisService();
            Analysis a = service.analyze(p);
            List<TimelineEvent> events = service.timeline(p, a, SegmentFixture.index(a, "A"));
            assertEquals(List.of(
                    new Answer(null, 5, NONE, NONE, NONE, null),
                    new Purchase(LocalDate.of(2024, 1, 5), "o1", 1800, 4, List.of("石鹸", "タオル")),
                    new Answer(LocalDate.of(2024, 1, 20), 6, 3, 3, 5, "使いやすい"),
                    new Purchase(LocalDate.of(2024, 2, 1), "o2", 2000, 1, List.of("美容液")),
                    new Return(LocalDate.of(2024, 2, 10), "o2", 2000),
                    new Return(LocalDate.of(2024, 3, 5), "C9", 100)), events);
            assertEquals(List.of(new Purchase(LocalDate.of(2024, 1, 7), "b1", 700, 1, List.of("石鹸"))),
                    service.timeline(p, a, SegmentFixture.index(a, "B")));
        }
    }

    @Test
    void readsOnlyTheChunksTheMaskAllowsAndFindsTheSameLines() throws Exception {
        try (Project p = Project.create(dir.resolve("chunks"))) {
            OrderLineStore store = new OrderLineStore(p.connection());
            // customer 1 in chunks 0 and 2, customer 2 in chunk 1 (of three chunks)
            int[][] keysPerChunk = {{1, 3}, {2, 3}, {1}};
            for (int[] keys : keysPerChunk) {
                OrderLineChunk chunk = new OrderLineChunk();
                for (int k : keys) {
                    chunk.add(k, 19_800, 0, 100 * k, 1, 100 * k, "x" + k, null, null, null, null, k);
                }
                store.append(1, chunk);
            }
            CustomerChunks index = new CustomerChunks();
            store.scan(EnumSet.of(OrderLineStore.Column.CUSTOMER_KEY), index::add);
            assertEquals(3, index.chunkCount());
            assertEquals(0b101, index.mask(0));
            assertEquals(0b010, index.mask(1));
            assertEquals(0b011, index.mask(2));
            assertEquals(List.of(100.0, 100.0), amounts(p, 1, index.mask(0)));
            assertEquals(List.of(100.0, 100.0), amounts(p, 1, -1L), "every chunk");
            assertEquals(List.of(100.0), amounts(p, 1, 0b001), "a mask that leaves out chunk 2");
            assertEquals(List.of(300.0, 300.0), amounts(p, 3, index.mask(2)));
        }
    }

    private static List<Double> amounts(Project p, int customerKey, long mask) throws Exception {
        List<Double> out = new ArrayList<>();
        new CustomerOrderLines(p.connection()).scan(customerKey, mask, EnumSet.allOf(OrderLineStore.Column.class),
                (chunk, row) -> out.add(chunk.amount(row)));
        return out;
    }

    /**
     * The busiest buyer (21 orders, a return) and two others with returns: their timelines are exactly what the
     * sample's own files say, grouped by hand here (an order's lines are one purchase on its first day, an order's
     * return lines of one day one return; answers with their scales).
     */
    @Test
    void theSampleShopsTimelinesAreTheirLinesAndAnswersInTheFiles() throws Exception {
        Path files = TestProjects.sampleDataDir();
        List<OrderLine> lines = SampleDataReader.readOrders(files.resolve("orders.csv"));
        List<SurveyAnswer> answers = SampleDataReader.readSurvey(files.resolve("survey.xlsx"));
        try (Project p = Project.create(dir.resolve("sample"))) {
            new SampleData(new ImportService()).loadInto(p);
            AnalysisService service = new AnalysisService();
            Analysis a = service.analyze(p);
            for (String id : List.of("M000115", "M000408", "M000088")) {
                List<TimelineEvent> expected = fromFiles(id, lines, answers);
                assertEquals(expected, service.timeline(p, a, SegmentFixture.index(a, id)), id);
                assertTrue(expected.stream().anyMatch(e -> e instanceof Return), id + " has a return");
            }
            assertEquals(21, service.timeline(p, a, SegmentFixture.index(a, "M000115")).stream()
                    .filter(e -> e instanceof Purchase).count(), "M000115's 21 orders");
        }
    }

    private static List<TimelineEvent> fromFiles(String id, List<OrderLine> lines, List<SurveyAnswer> answers) {
        Map<String, List<OrderLine>> orders = new LinkedHashMap<>();
        Map<String, List<OrderLine>> returns = new LinkedHashMap<>();
        for (OrderLine l : lines) {
            if (l.customerId().equals(id)) {
                (l.kind() == OrderLine.Kind.ORDER ? orders : returns)
                        .computeIfAbsent(l.kind() == OrderLine.Kind.ORDER ? l.orderId() : l.orderId() + "@" + l.dateTime()
                                .toLocalDate(), k -> new ArrayList<>()).add(l);
            }
        }
        List<TimelineEvent> events = new ArrayList<>();
        orders.forEach((order, ls) -> events.add(new Purchase(ls.stream().map(l -> l.dateTime().toLocalDate()).min(
                LocalDate::compareTo).orElseThrow(), order, ls.stream().mapToLong(OrderLine::subtotal).sum(),
                ls.stream().mapToInt(OrderLine::quantity).sum(), ls.stream().map(OrderLine::productName).distinct().toList())));
        returns.values().forEach(ls -> events.add(new Return(ls.get(0).dateTime().toLocalDate(), ls.get(0).orderId(),
                -ls.stream().mapToLong(OrderLine::subtotal).sum())));
        answers.stream().filter(x -> x.customerId().equals(id)).forEach(x -> events.add(new Answer(x.answered(),
                orNone(x.favorability()), x.usage(), orNone(x.expectation()), orNone(x.evaluation()), x.comment())));
        events.sort(Comparator.comparing(TimelineEvent::date));
        return events;
    }

    private static int orNone(Integer v) {
        return v == null ? NONE : v;
    }
}
