package app.groundwork.insight;

import app.groundwork.domain.Bucket;
import app.groundwork.domain.DayValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Thins a series of day values so a chart never draws more points than it has room for, keeping its shape: the
 * first and last days always stay, and a dip or a peak is kept rather than smoothed away.
 */
public final class Downsampler {
    private Downsampler() {
    }

    /**
     * Largest-triangle-three-buckets (Steinarsson, 2013): the first and last points, and from each of
     * {@code maxPoints - 2} equal buckets between them the point that makes the largest triangle with the point kept
     * before it and the mean of the next bucket, so the visible shape survives.
     *
     * @param points    oldest first
     * @param maxPoints the most points the result may hold; at least 1
     * @return the points themselves when they already fit, otherwise at most {@code maxPoints} of them, in order
     */
    public static List<DayValue> largestTriangleThreeBuckets(List<DayValue> points, int maxPoints) {
        requirePositive(maxPoints);
        int size = points.size();
        if (size <= maxPoints) {
            return List.copyOf(points);
        }
        if (maxPoints < 3) {
            return maxPoints == 1 ? List.of(points.get(size - 1)) : List.of(points.get(0), points.get(size - 1));
        }
        List<DayValue> kept = new ArrayList<>(maxPoints);
        kept.add(points.get(0));
        double bucketSize = (size - 2) / (double) (maxPoints - 2);
        int previous = 0;
        for (int bucket = 0; bucket < maxPoints - 2; bucket++) {
            int start = (int) Math.floor(bucket * bucketSize) + 1;
            int end = (int) Math.floor((bucket + 1) * bucketSize) + 1;
            int nextStart = end;
            int nextEnd = Math.min(size, (int) Math.floor((bucket + 2) * bucketSize) + 1);
            double nextX = 0;
            double nextY = 0;
            for (int i = nextStart; i < nextEnd; i++) {
                nextX += x(points.get(i));
                nextY += points.get(i).value();
            }
            int nextCount = Math.max(1, nextEnd - nextStart);
            if (nextEnd <= nextStart) {
                nextX = x(points.get(size - 1));
                nextY = points.get(size - 1).value();
            } else {
                nextX /= nextCount;
                nextY /= nextCount;
            }
            double fromX = x(points.get(previous));
            double fromY = points.get(previous).value();
            double largest = -1;
            int chosen = start;
            for (int i = start; i < end; i++) {
                double area = Math.abs((fromX - nextX) * (points.get(i).value() - fromY)
                        - (fromX - x(points.get(i))) * (nextY - fromY));
                if (area > largest) {
                    largest = area;
                    chosen = i;
                }
            }
            kept.add(points.get(chosen));
            previous = chosen;
        }
        kept.add(points.get(size - 1));
        return List.copyOf(kept);
    }

    /**
     * The mean of the values in each period of {@code bucket}, dated on the period's first day, oldest first. For
     * scattered measurements (one per experiment or thought record) where a mean says more than one chosen point.
     */
    public static List<DayValue> meanPerPeriod(List<DayValue> points, Bucket bucket) {
        Map<LocalDate, double[]> sums = new TreeMap<>();
        for (DayValue point : points) {
            double[] sum = sums.computeIfAbsent(bucket.start(point.date()), start -> new double[2]);
            sum[0] += point.value();
            sum[1]++;
        }
        List<DayValue> means = new ArrayList<>(sums.size());
        sums.forEach((start, sum) -> means.add(new DayValue(start, sum[0] / sum[1])));
        return List.copyOf(means);
    }

    /**
     * Runs of consecutive points, as even in number as can be, each replaced by its mean value on its middle day:
     * at most {@code maxPoints} points, in order.
     */
    public static List<DayValue> meanPerRun(List<DayValue> points, int maxPoints) {
        requirePositive(maxPoints);
        int size = points.size();
        if (size <= maxPoints) {
            return List.copyOf(points);
        }
        List<DayValue> means = new ArrayList<>(maxPoints);
        for (int run = 0; run < maxPoints; run++) {
            int start = (int) ((long) run * size / maxPoints);
            int end = (int) ((long) (run + 1) * size / maxPoints);
            double sum = 0;
            double days = 0;
            for (int i = start; i < end; i++) {
                sum += points.get(i).value();
                days += x(points.get(i));
            }
            int count = end - start;
            means.add(new DayValue(LocalDate.ofEpochDay(Math.round(days / count)), sum / count));
        }
        return List.copyOf(means);
    }

    /**
     * Scattered measurements made to fit: kept as they are when they fit, otherwise averaged per period of
     * {@code bucket}, and if even the periods are too many, averaged over runs of periods.
     */
    public static List<DayValue> fit(List<DayValue> points, Bucket bucket, int maxPoints) {
        requirePositive(maxPoints);
        if (points.size() <= maxPoints) {
            return List.copyOf(points);
        }
        return meanPerRun(meanPerPeriod(points, bucket), maxPoints);
    }

    private static double x(DayValue point) {
        return point.date().toEpochDay();
    }

    private static void requirePositive(int maxPoints) {
        if (maxPoints < 1) {
            throw new IllegalArgumentException("at least one point must fit: " + maxPoints);
        }
    }
}
