package app.groundwork.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BackupRetentionTest {
    private static LocalDateTime at(String day) {
        return LocalDate.parse(day).atTime(9, 0);
    }

    private static Map<LocalDateTime, BackupInfo.Kind> keep(List<LocalDateTime> copies) {
        return new TreeMap<>(BackupRetention.keep(copies, Function.identity()));
    }

    @Test
    void fewerThanSevenCopiesAreAllKeptAsDaily() {
        List<LocalDateTime> copies = List.of(at("2026-03-10"), at("2026-03-12"), at("2026-03-11"));
        assertEquals(Map.of(at("2026-03-10"), BackupInfo.Kind.DAILY, at("2026-03-11"), BackupInfo.Kind.DAILY,
                at("2026-03-12"), BackupInfo.Kind.DAILY), keep(copies));
    }

    @Test
    void eightWeeksOfDailyCopiesKeepTheLastSevenAndTheNewestOfTheTwoWeeksBeforeThem() {
        List<LocalDateTime> copies = new ArrayList<>();
        for (LocalDate day = LocalDate.parse("2026-01-05"); !day.isAfter(LocalDate.parse("2026-02-28")); day = day.plusDays(1)) {
            copies.add(day.atTime(9, 0));
        }

        Map<LocalDateTime, BackupInfo.Kind> kept = keep(copies);

        Map<LocalDateTime, BackupInfo.Kind> expected = new TreeMap<>();
        // Monday 2 to Sunday 8 February and 9 to 15 February: each week's Sunday is its newest copy
        expected.put(at("2026-02-08"), BackupInfo.Kind.WEEKLY);
        expected.put(at("2026-02-15"), BackupInfo.Kind.WEEKLY);
        for (int day = 22; day <= 28; day++) {
            expected.put(at("2026-02-" + day), BackupInfo.Kind.DAILY);
        }
        assertEquals(expected, kept);
    }

    @Test
    void weeksAreCountedWhenTheyHaveACopySoALongBreakKeepsOlderWeeks() {
        // used in four separate weeks, months apart, two days each, then every day for three days
        List<LocalDateTime> copies = new ArrayList<>(List.of(at("2025-06-02"), at("2025-06-03"), at("2025-08-11"),
                at("2025-08-14"), at("2025-10-20"), at("2025-10-21"), at("2026-01-05"), at("2026-01-06"),
                at("2026-03-02"), at("2026-03-03"), at("2026-03-04")));

        Map<LocalDateTime, BackupInfo.Kind> kept = keep(copies);

        assertEquals(BackupInfo.Kind.DAILY, kept.get(at("2026-03-04")));
        assertEquals(List.of(at("2025-08-14"), at("2025-10-20"), at("2025-10-21"), at("2026-01-05"), at("2026-01-06"),
                at("2026-03-02"), at("2026-03-03"), at("2026-03-04")), List.copyOf(kept.keySet()),
                "seven daily copies, and 14 August as the newest of the fourth week with copies");
        assertEquals(BackupInfo.Kind.WEEKLY, kept.get(at("2025-08-14")));
    }

    @Test
    void weeksStartOnMondayAndCrossTheYearAsIsoWeeks() {
        // Sunday 28 December 2025 ends week 52; Monday 29 December starts week 1 of 2026, which ends Sunday 4 January
        assertEquals(202552, BackupRetention.weekOf(LocalDate.parse("2025-12-28")));
        assertEquals(202601, BackupRetention.weekOf(LocalDate.parse("2025-12-29")));
        assertEquals(202601, BackupRetention.weekOf(LocalDate.parse("2026-01-04")));
        assertEquals(202602, BackupRetention.weekOf(LocalDate.parse("2026-01-05")));
    }

    @Test
    void overAYearOfDailyUseEveryKeptWeekKeepsItsNewestCopy() {
        List<LocalDateTime> copies = new ArrayList<>();
        LocalDate start = LocalDate.parse("2025-01-01");
        for (int n = 0; n < 400; n++) {
            LocalDate day = start.plusDays(n);
            if (n % 5 == 3) {
                continue; // some days the app is not opened
            }
            copies.add(day.atTime(LocalTime.of(7 + n % 12, 0)));
            Map<LocalDateTime, BackupInfo.Kind> kept = keep(copies);
            // the survivors become the next day's starting point, as the files on disk would
            copies = new ArrayList<>(kept.keySet());

            Map<LocalDate, LocalDateTime> newestOfWeek = copies.stream().collect(Collectors.toMap(
                    copy -> copy.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), copy -> copy,
                    (a, b) -> a.isAfter(b) ? a : b, TreeMap::new));
            List<LocalDate> weeks = new ArrayList<>(newestOfWeek.keySet());
            List<LocalDate> lastFour = weeks.subList(Math.max(0, weeks.size() - BackupRetention.WEEKLY), weeks.size());
            for (LocalDate week : lastFour) {
                assertTrue(kept.containsKey(newestOfWeek.get(week)), "the newest copy of the week of " + week + " on " + day);
            }
            assertTrue(kept.size() <= BackupRetention.DAILY + BackupRetention.WEEKLY, "at most 11 copies on " + day);
            assertTrue(copies.size() >= Math.min(n + 1 - (n + 2) / 5, BackupRetention.DAILY), "seven copies once there were seven");
            LocalDate oldestKeptWeek = lastFour.get(0);
            assertTrue(copies.stream().allMatch(copy -> !copy.toLocalDate().isBefore(oldestKeptWeek)),
                    "nothing older than the fourth week with copies on " + day);
        }
    }
}
