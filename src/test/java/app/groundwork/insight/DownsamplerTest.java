package app.groundwork.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.Bucket;
import app.groundwork.domain.DayValue;
import app.groundwork.domain.Numbers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DownsamplerTest {
    private static final double EXACT = 1e-9;
    private static final LocalDate START = LocalDate.of(2016, 3, 14);

    /** Ten years of a gently waving mood, with one low week in the middle. */
    private static List<DayValue> tenYears() {
        List<DayValue> days = new ArrayList<>();
        for (int i = 0; i < 3650; i++) {
            double value = 6 + Math.sin(i / 30.0);
            if (i >= 1800 && i < 1807) {
                value = 1.5;
            }
            days.add(new DayValue(START.plusDays(i), value));
        }
        return days;
    }

    @Test
    void pointsThatFitAreKeptAsTheyAre() {
        List<DayValue> three = List.of(new DayValue(START, 4), new DayValue(START.plusDays(1), 5),
                new DayValue(START.plusDays(2), 6));
        assertEquals(three, Downsampler.largestTriangleThreeBuckets(three, 3));
        assertEquals(three, Downsampler.meanPerRun(three, 10));
        assertEquals(three, Downsampler.fit(three, Bucket.WEEK, 3));
        assertEquals(List.of(), Downsampler.largestTriangleThreeBuckets(List.of(), 5));
    }

    @Test
    void tenYearsOfDaysFitThreeHundredPointsKeepingBothEndsAndTheLowWeek() {
        List<DayValue> days = tenYears();
        List<DayValue> thinned = Downsampler.largestTriangleThreeBuckets(days, 300);

        assertEquals(300, thinned.size());
        assertEquals(days.get(0), thinned.get(0));
        assertEquals(days.get(3649), thinned.get(299));
        assertTrue(thinned.stream().anyMatch(day -> day.value() == 1.5), "the low week is not smoothed away");
        for (int i = 1; i < thinned.size(); i++) {
            assertTrue(thinned.get(i).date().isAfter(thinned.get(i - 1).date()), "in order, each day once");
        }
    }

    @Test
    void largestTrianglePicksTheOutlierInEachBucket() {
        // 0 … 9 flat at 5 with a single 9 on day 4: with 3 points kept, the middle one is the peak
        List<DayValue> days = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            days.add(new DayValue(START.plusDays(i), i == 4 ? 9 : 5));
        }
        List<DayValue> kept = Downsampler.largestTriangleThreeBuckets(days, 3);
        assertEquals(List.of(days.get(0), days.get(4), days.get(9)), kept);
        assertEquals(List.of(days.get(0), days.get(9)), Downsampler.largestTriangleThreeBuckets(days, 2));
        assertEquals(List.of(days.get(9)), Downsampler.largestTriangleThreeBuckets(days, 1));
    }

    @Test
    void meanPerPeriodAveragesEachWeekOnItsMonday() {
        // Monday 14 March 2016: 2 and 4 in its week; Sunday 27 March ends the second week, Monday 28 starts the third
        List<DayValue> scattered = List.of(new DayValue(START.plusDays(1), 2), new DayValue(START.plusDays(5), 4),
                new DayValue(START.plusDays(13), 10), new DayValue(START.plusDays(14), 7));
        List<DayValue> weeks = Downsampler.meanPerPeriod(scattered, Bucket.WEEK);

        assertEquals(List.of(START, START.plusWeeks(1), START.plusWeeks(2)), weeks.stream().map(DayValue::date).toList());
        assertEquals(3.0, weeks.get(0).value(), EXACT);
        assertEquals(10.0, weeks.get(1).value(), EXACT);
        assertEquals(7.0, weeks.get(2).value(), EXACT);
    }

    @Test
    void meanPerRunSplitsIntoEvenRunsOnTheirMiddleDay() {
        List<DayValue> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(new DayValue(START.plusDays(i * 2L), i + 1));
        }
        List<DayValue> runs = Downsampler.meanPerRun(six, 3);

        assertEquals(List.of(1.5, 3.5, 5.5), runs.stream().map(DayValue::value).toList());
        assertEquals(List.of(START.plusDays(1), START.plusDays(5), START.plusDays(9)),
                runs.stream().map(DayValue::date).toList());
    }

    @Test
    void fitAveragesPerPeriodThenPerRunUntilItFits() {
        List<DayValue> days = tenYears();
        List<DayValue> months = Downsampler.fit(days, Bucket.MONTH, 500);
        assertEquals(121, months.size(), "ten years from mid-March touch 121 months");
        assertEquals(START.withDayOfMonth(1), months.get(0).date());

        List<DayValue> fewer = Downsampler.fit(days, Bucket.MONTH, 40);
        assertEquals(40, fewer.size());
        double meanOfAll = Numbers.mean(days, DayValue::value).orElseThrow();
        double meanOfRuns = Numbers.mean(fewer, DayValue::value).orElseThrow();
        assertEquals(meanOfAll, meanOfRuns, 0.1, "averaging keeps the overall level");
    }

    @Test
    void nothingCanFitInNoPoints() {
        assertThrows(IllegalArgumentException.class, () -> Downsampler.largestTriangleThreeBuckets(tenYears(), 0));
        assertThrows(IllegalArgumentException.class, () -> Downsampler.meanPerRun(tenYears(), 0));
        List<DayValue> empty = List.of();
        assertEquals(List.of(), Downsampler.fit(empty, Bucket.DAY, 1));
    }
}
