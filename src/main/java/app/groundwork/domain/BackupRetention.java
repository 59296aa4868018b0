package app.groundwork.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Which rolling copies to keep: the last {@value #DAILY} daily copies, and the newest copy of each of the last
 * {@value #WEEKLY} ISO weeks (Monday to Sunday) that have one. Weekly copies are chosen among the daily ones rather
 * than made separately, so a week's newest copy is never deleted while its week is still one of the kept weeks, and
 * a long gap in use never empties the folder: the weeks counted are weeks that have a copy, not calendar weeks.
 */
public final class BackupRetention {
    /** Daily copies kept. */
    public static final int DAILY = 7;
    /** Weeks whose newest copy is kept. */
    public static final int WEEKLY = 4;

    private BackupRetention() {
    }

    /**
     * Sorts the rolling copies into those kept and why: {@link BackupInfo.Kind#DAILY} for the last seven,
     * {@link BackupInfo.Kind#WEEKLY} for an older copy kept as its week's newest. A copy missing from the answer may
     * be deleted.
     *
     * @param copies  the rolling copies, in any order
     * @param takenAt when each was taken (local time)
     */
    public static <T> Map<T, BackupInfo.Kind> keep(List<T> copies, Function<T, LocalDateTime> takenAt) {
        List<T> newestFirst = copies.stream().sorted(Comparator.comparing(takenAt).reversed()).toList();
        Map<T, BackupInfo.Kind> kept = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(DAILY, newestFirst.size()); i++) {
            kept.put(newestFirst.get(i), BackupInfo.Kind.DAILY);
        }
        long lastWeek = Long.MIN_VALUE;
        int weeks = 0;
        for (T copy : newestFirst) {
            long week = weekOf(takenAt.apply(copy).toLocalDate());
            if (week == lastWeek) {
                continue;
            }
            lastWeek = week;
            // the first copy met in a week, going back in time, is that week's newest
            kept.putIfAbsent(copy, BackupInfo.Kind.WEEKLY);
            if (++weeks == WEEKLY) {
                break;
            }
        }
        return kept;
    }

    /** The ISO week of a day as one number that grows with time (week-based year × 100 + week). */
    static long weekOf(LocalDate day) {
        return day.get(IsoFields.WEEK_BASED_YEAR) * 100L + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
