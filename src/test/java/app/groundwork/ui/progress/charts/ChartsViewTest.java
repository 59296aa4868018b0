package app.groundwork.ui.progress.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.content.ContentLibrary;
import app.groundwork.domain.AssessmentScoring;
import app.groundwork.domain.Bucket;
import app.groundwork.domain.DateRange;
import app.groundwork.domain.DayValue;
import app.groundwork.domain.EntryType;
import app.groundwork.domain.GoalCategory;
import app.groundwork.domain.GoalStats;
import app.groundwork.domain.Instrument;
import app.groundwork.domain.NamedCount;
import app.groundwork.domain.PeriodCount;
import app.groundwork.domain.ProgressData;
import app.groundwork.domain.ReframeDrop;
import app.groundwork.domain.ReframeStats;
import app.groundwork.domain.ResultChange;
import app.groundwork.domain.SavedAssessment;
import app.groundwork.domain.SelfTalkPoint;
import app.groundwork.domain.TrapStats;
import app.groundwork.insight.ProgressInsights;
import app.groundwork.service.AppSettings;
import app.groundwork.service.JournalFixture;
import app.groundwork.ui.common.Theme;
import app.groundwork.ui.progress.ProgressChart;
import app.groundwork.ui.progress.ProgressChart.ChartWords;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every Progress chart on one stage: ten years of daily mood stay within the plot's pixels and draw no point symbols;
 * an empty range shows every card's kind empty state instead of a broken chart.
 */
@ExtendWith(ApplicationExtension.class)
class ChartsViewTest {
    private static final double PLOT_WIDTH = 520;
    private static final LocalDate TODAY = JournalFixture.TODAY;
    /** Far more than any card needs (the year in pixels is the largest, at about 420), far less than one per day. */
    private static final int NODES_PER_CARD = 1000;

    private List<ProgressChart> charts;

    @Start
    void start(Stage stage) {
        ContentLibrary content = JournalFixture.CONTENT;
        charts = List.of(DailyLine.mood(), DailyLine.selfTrust(), new EmotionsChart(content),
                new BodySignalsChart(content), new TrapsChart(content), new ReframeChart(content),
                new GoalsChart(content), new ExperimentsChart(), new AssessmentsChart(), new YearInPixelsChart(),
                new SelfTalkChart());
        VBox cards = new VBox(16);
        for (ProgressChart chart : charts) {
            Label title = new Label(chart.title());
            title.getStyleClass().add("card-title");
            VBox card = new VBox(8, title, chart.node());
            card.getStyleClass().add("card");
            card.setId("progress-" + chart.id());
            cards.getChildren().add(card);
        }
        Scene scene = new Scene(new ScrollPane(cards), 640, 760);
        Theme.apply(scene, AppSettings.DEFAULTS);
        stage.setScene(scene);
        stage.show();
    }

    private List<ChartWords> showAll(ProgressData data) throws Exception {
        List<ChartWords> words = onFx(() -> charts.stream().map(chart -> chart.show(data, PLOT_WIDTH)).toList());
        WaitForAsyncUtils.waitForFxEvents();
        return words;
    }

    private static <T> T onFx(Callable<T> work) throws InterruptedException, ExecutionException, TimeoutException {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }

    @SuppressWarnings("unchecked")
    private static List<LineChart<Number, Number>> lineCharts(ProgressChart chart) {
        return chart.node().lookupAll(".progress-line-chart").stream()
                .map(node -> (LineChart<Number, Number>) node).toList();
    }

    private static int nodes(Node node) {
        int count = 1;
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                count += nodes(child);
            }
        }
        return count;
    }

    private ProgressChart chart(String id) {
        return charts.stream().filter(chart -> chart.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void tenYearsOfDailyMoodStayWithinThePlotsPixelsWithoutSymbols() throws Exception {
        ProgressData data = new Data(TODAY.minusDays(3649), TODAY).full();
        assertEquals(3650, data.mood().size());
        List<ChartWords> words = showAll(data);

        for (int i = 0; i < charts.size(); i++) {
            ProgressChart chart = charts.get(i);
            Node empty = chart.node().lookup("#progress-" + chart.id() + "-empty");
            assertFalse(empty.isVisible(), chart.id() + " has something to draw");
            assertFalse(words.get(i).caption().isBlank(), chart.id() + " says what it shows");
            assertEquals(words.get(i).summary(), chart.node().getAccessibleText(), chart.id() + " reads out its summary");
            int count = nodes(chart.node());
            assertTrue(count < NODES_PER_CARD, chart.id() + " holds " + count + " nodes");
            for (LineChart<Number, Number> line : lineCharts(chart)) {
                assertFalse(line.getCreateSymbols());
                assertFalse(line.getAnimated());
                assertEquals(0, line.lookupAll(".chart-line-symbol").size(), chart.id() + " draws no symbols");
                for (XYChart.Series<Number, Number> series : line.getData()) {
                    assertTrue(series.getData().size() <= PLOT_WIDTH,
                            chart.id() + " has " + series.getData().size() + " points in " + PLOT_WIDTH + " pixels");
                }
            }
        }

        LineChart<Number, Number> mood = lineCharts(chart("mood")).get(0);
        assertEquals(2, mood.getData().size(), "each day and the 7-day mean");
        int daily = mood.getData().get(0).getData().size();
        assertEquals((int) (PLOT_WIDTH / Lines.PIXELS_PER_POINT), daily, "thinned to one point every two pixels");
        NumberAxis days = (NumberAxis) mood.getXAxis();
        assertEquals(TODAY.minusDays(3649).toEpochDay(), days.getLowerBound(), 0.5);
        assertEquals(TODAY.toEpochDay(), days.getUpperBound(), 0.5);

        YearInPixelsChart pixels = (YearInPixelsChart) chart("year-in-pixels");
        assertEquals(TODAY.getYear(), pixels.year(), "the latest year first");
        Node firstOfMarch = chart("year-in-pixels").node().lookupAll(".pixel").stream()
                .filter(node -> node.getAccessibleText() != null && node.getAccessibleText().startsWith(
                        ChartCaptions.day(LocalDate.of(TODAY.getYear(), 3, 1)) + ": mood "))
                .findFirst().orElse(null);
        assertNotNull(firstOfMarch, "each square says its day and mood");
        assertTrue(firstOfMarch.getStyleClass().stream().anyMatch(style -> style.matches("pixel-([1-9]|10)")));
        long noCheckIn = chart("year-in-pixels").node().lookupAll(".pixel-none").size();
        assertTrue(noCheckIn >= 290, "days after 14 March have no check-in yet: " + noCheckIn);
        onFx(() -> {
            pixels.step(-1);
            return null;
        });
        assertEquals(TODAY.getYear() - 1, pixels.year());
        assertTrue(chart("year-in-pixels").node().getAccessibleText().contains(String.valueOf(TODAY.getYear() - 1)));
    }

    @Test
    void anEmptyRangeShowsEveryCardsEmptyStateAndKeepsTheAxesWhole() throws Exception {
        List<ChartWords> words = showAll(new Data(TODAY.minusDays(29), TODAY).empty());

        for (int i = 0; i < charts.size(); i++) {
            ProgressChart chart = charts.get(i);
            Label empty = (Label) chart.node().lookup("#progress-" + chart.id() + "-empty");
            assertTrue(empty.isVisible(), chart.id() + " shows its empty state");
            assertFalse(empty.getText().isBlank());
            assertEquals("", words.get(i).caption(), chart.id() + " leaves no caption under an empty state");
            assertEquals(empty.getText(), words.get(i).summary());
            assertEquals(empty.getText(), chart.node().getAccessibleText());
            ((Parent) chart.node()).getChildrenUnmodifiable().stream().filter(node -> node != empty)
                    .forEach(drawing -> assertFalse(drawing.isVisible(), chart.id() + " hides its drawing"));
        }
        NumberAxis mood = (NumberAxis) lineCharts(chart("mood")).get(0).getYAxis();
        assertEquals(1, mood.getLowerBound());
        assertEquals(10, mood.getUpperBound());
        NumberAxis days = (NumberAxis) lineCharts(chart("mood")).get(0).getXAxis();
        assertEquals(TODAY.minusDays(29).toEpochDay(), days.getLowerBound(), 0.5);
    }

    /** Hand-built figures for a range, as the store would aggregate them. */
    private static final class Data {
        private final DateRange range;
        private final Bucket bucket;
        private final Random random = new Random(11);

        Data(LocalDate from, LocalDate to) {
            range = DateRange.of(from, to);
            bucket = Bucket.forRange(range);
        }

        ProgressData empty() {
            return new ProgressData(range, bucket, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), new ReframeStats(range.from(), range.to(), 0, OptionalDouble.empty(),
                    OptionalDouble.empty(), List.of()), List.of(),
                    new GoalStats(range.from(), range.to(), List.of(), List.of(), List.of(), List.of(), List.of(), 0, null),
                    Map.of(), List.of(), Map.of(EntryType.CHECKIN, 0));
        }

        ProgressData full() {
            List<DayValue> mood = new ArrayList<>();
            List<DayValue> trust = new ArrayList<>();
            int index = 0;
            for (LocalDate day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1), index++) {
                double wave = Math.sin(index / 40.0) * 1.5;
                mood.add(new DayValue(day, clamp(6 + wave + random.nextGaussian(), 1, 10)));
                if (index % 2 == 0) {
                    trust.add(new DayValue(day, clamp(5 + wave + random.nextGaussian(), 0, 10)));
                }
            }
            List<PeriodCount> traps = new ArrayList<>();
            List<SelfTalkPoint> selfTalk = new ArrayList<>();
            List<GoalStats.LadderPoint> ladder = new ArrayList<>();
            for (LocalDate start = bucket.start(range.from()); !start.isAfter(range.to()); start = bucket.next(start)) {
                traps.add(new PeriodCount(start, "labeling", random.nextInt(4)));
                traps.add(new PeriodCount(start, "mind-reading", random.nextInt(3)));
                traps.add(new PeriodCount(start, "my own trap", random.nextInt(2)));
                traps.add(new PeriodCount(start, "comparing", random.nextInt(2)));
                selfTalk.add(new SelfTalkPoint(start, random.nextInt(6), 2 + random.nextInt(6), 20));
            }
            for (LocalDate week = Bucket.WEEK.start(range.from()); !week.isAfter(range.to()); week = week.plusWeeks(1)) {
                ladder.add(new GoalStats.LadderPoint(week, GoalCategory.SOCIAL, 1 + random.nextInt(5)));
                ladder.add(new GoalStats.LadderPoint(week, GoalCategory.MOVEMENT, 1 + random.nextInt(3)));
            }
            List<ReframeDrop> drops = new ArrayList<>();
            List<GoalStats.ExperimentGap> experiments = new ArrayList<>();
            for (int i = 0; range.contains(range.from().plusDays(i * 4L)); i++) {
                LocalDate day = range.from().plusDays(i * 4L);
                drops.add(new ReframeDrop(i, day, 10.0 + random.nextInt(30), i % 3 == 0 ? null : 5.0 + random.nextInt(40)));
                experiments.add(new GoalStats.ExperimentGap(i, day, "Experiment " + i, 50 + random.nextInt(40),
                        20 + random.nextInt(50)));
            }
            List<SavedAssessment> who5 = new ArrayList<>();
            List<SavedAssessment> phq9 = new ArrayList<>();
            for (int i = 0; range.contains(range.to().minusDays(i * 60L)); i++) {
                LocalDate day = range.to().minusDays(i * 60L);
                int a = random.nextInt(6);
                who5.add(0, new SavedAssessment(i, day, LocalTime.NOON, AssessmentScoring.score(Instrument.WHO5,
                        List.of(a, a, 3, 2, random.nextInt(6)))));
                phq9.add(0, new SavedAssessment(100 + i, day, LocalTime.NOON, AssessmentScoring.score(Instrument.PHQ9,
                        List.of(a % 4, 1, 0, 1, 2, 0, random.nextInt(4), 1, 0))));
            }
            Map<Instrument, List<ResultChange>> assessments = Map.of(Instrument.WHO5, ResultChange.mark(who5),
                    Instrument.PHQ9, ResultChange.mark(phq9));
            ReframeStats reframes = new ReframeStats(range.from(), range.to(), 900, OptionalDouble.of(24.6),
                    OptionalDouble.of(17.9), List.of(
                    new TrapStats("labeling", false, 300, OptionalDouble.of(20), OptionalDouble.of(22.4)),
                    new TrapStats("mind-reading", false, 200, OptionalDouble.of(25), OptionalDouble.of(12.0)),
                    new TrapStats("my own trap", true, 90, OptionalDouble.of(10), OptionalDouble.of(-3.5)),
                    new TrapStats("comparing", false, 60, OptionalDouble.empty(), OptionalDouble.empty())));
            GoalStats goals = new GoalStats(range.from(), range.to(), List.of(
                    new GoalStats.DoneCount(GoalCategory.SOCIAL, 1, 120), new GoalStats.DoneCount(GoalCategory.SOCIAL, 3, 40),
                    new GoalStats.DoneCount(GoalCategory.MOVEMENT, 2, 90), new GoalStats.DoneCount(GoalCategory.JOY, 1, 15)),
                    List.of(), ladder, experiments, List.of(), 265, 18.4);
            return new ProgressData(range, bucket, mood, ProgressInsights.rolling(mood, range), trust,
                    ProgressInsights.rolling(trust, range),
                    List.of(new NamedCount("anxiety", false, 420, 61.5), new NamedCount("hope", false, 300, 48.0),
                            new NamedCount("still standing", true, 40, 55.0), new NamedCount("calm", false, 12, 40.0)),
                    List.of(new NamedCount("tight-chest", false, 200, null), new NamedCount("poor-sleep", false, 150, null)),
                    traps, reframes, drops, goals, assessments, selfTalk,
                    Map.of(EntryType.CHECKIN, mood.size(), EntryType.REFRAME, 900));
        }

        private static double clamp(double value, double lowest, double highest) {
            return Math.max(lowest, Math.min(highest, value));
        }
    }
}
