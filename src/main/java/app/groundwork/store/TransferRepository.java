package app.groundwork.store;

import app.groundwork.domain.AssessmentScore;
import app.groundwork.domain.AssessmentScoring;
import app.groundwork.domain.BodySignalMark;
import app.groundwork.domain.CheckInContent;
import app.groundwork.domain.EmotionRating;
import app.groundwork.domain.EntryType;
import app.groundwork.domain.ExperimentResult;
import app.groundwork.domain.GoalCategory;
import app.groundwork.domain.GoalOutcome;
import app.groundwork.domain.GoalPlan;
import app.groundwork.domain.Instrument;
import app.groundwork.domain.PracticeAnswer;
import app.groundwork.domain.PracticeResponse;
import app.groundwork.domain.Prediction;
import app.groundwork.domain.Recurrence;
import app.groundwork.domain.Reframe;
import app.groundwork.domain.ReframeContent;
import app.groundwork.domain.SupportContact;
import app.groundwork.domain.TrapChoice;
import app.groundwork.domain.transfer.ArchiveMerge;
import app.groundwork.domain.transfer.ArchivedAssessment;
import app.groundwork.domain.transfer.ArchivedEntry;
import app.groundwork.domain.transfer.ArchivedGoal;
import app.groundwork.domain.transfer.ArchivedHelpline;
import app.groundwork.domain.transfer.ArchivedOutcome;
import app.groundwork.domain.transfer.ArchivedWin;
import app.groundwork.domain.transfer.EntryIndexer;
import app.groundwork.domain.transfer.JournalArchive;
import app.groundwork.domain.transfer.MergePlan;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The whole journal at once, for export and import: every live entry with its kind's rows, goals, hand-written wins,
 * support contacts, helpline changes and preferences, read in one go and written in one transaction. Drafts and
 * entries waiting to be deleted are left out.
 */
public final class TransferRepository {
    private final Database database;

    public TransferRepository(Database database) {
        this.database = database;
    }

    /** Everything, entries oldest first (by day, time, then the order they were written). */
    public CompletableFuture<JournalArchive> readAll() {
        return database.read(TransferRepository::readAll);
    }

    /**
     * Runs {@code work} on the journal's thread with everything the journal holds, writing nothing: reading a file to
     * import and comparing it with the journal happen there, never on the caller's thread.
     */
    public <T> CompletableFuture<T> withJournal(Function<JournalArchive, T> work) {
        return database.read(connection -> work.apply(readAll(connection)));
    }

    /**
     * Adds what the journal does not have yet of the archive {@code incomingFor} gives (it is handed what the journal
     * holds, and runs on the journal's thread, inside the transaction), all in one transaction: everything or, if
     * anything fails, nothing. See {@link ArchiveMerge} for what is skipped.
     *
     * Everything keeps the times it carries (when it was first saved and last changed).
     *
     * @param index the full-text row of each entry added
     * @return what was added and skipped
     */
    public CompletableFuture<MergePlan> merge(Function<JournalArchive, JournalArchive> incomingFor, EntryIndexer index) {
        return database.write(connection -> {
            JournalArchive existing = readAll(connection);
            JournalArchive incoming = incomingFor.apply(existing);
            MergePlan plan = ArchiveMerge.plan(existing, incoming);
            write(connection, plan, incoming, existing, index);
            return plan;
        });
    }

    // ---- reading ----------------------------------------------------------------------------------------------

    static JournalArchive readAll(Connection connection) throws SQLException {
        List<ArchivedGoal> goals = goals(connection);
        Map<Long, List<String>> tags = listsById(connection, "SELECT entry_id, tag FROM entry_tag ORDER BY entry_id, position");
        Map<Long, CheckInContent> checkIns = new HashMap<>();
        Map<Long, ArchivedOutcome> outcomes = outcomes(connection);
        Map<Long, ArchivedAssessment> assessments = assessments(connection);
        List<Long> reframeIds = new ArrayList<>();
        List<Long> practiceIds = new ArrayList<>();
        record Row(long id, EntryType type, LocalDate date, LocalTime time, String note, Instant createdAt, Instant updatedAt) {
        }
        List<Row> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT id, type, entry_date, entry_time, note, created_at, updated_at "
                     + "FROM entry WHERE deleted_at IS NULL ORDER BY entry_date, entry_time, id")) {
            while (row.next()) {
                String typeId = row.getString(2);
                EntryType type = EntryType.fromId(typeId).orElseThrow(() -> new SQLException("unknown entry type " + typeId));
                Row read = new Row(row.getLong(1), type, LocalDate.parse(row.getString(3)), LocalTime.parse(row.getString(4)),
                        row.getString(5), Instant.parse(row.getString(6)), Instant.parse(row.getString(7)));
                rows.add(read);
                if (type == EntryType.REFRAME) {
                    reframeIds.add(read.id());
                } else if (type == EntryType.PRACTICE) {
                    practiceIds.add(read.id());
                }
            }
        }
        checkIns(connection, checkIns);
        Map<Long, Reframe> reframes = ReframeRepository.findAll(connection, reframeIds);
        Map<Long, PracticeResponse> practices = PracticeRepository.findAll(connection, practiceIds);
        List<ArchivedEntry> entries = new ArrayList<>(rows.size());
        for (Row row : rows) {
            List<String> entryTags = tags.getOrDefault(row.id(), List.of());
            ArchivedEntry entry = switch (row.type()) {
                case CHECKIN -> {
                    CheckInContent bare = checkIns.get(row.id());
                    if (bare == null) {
                        throw new SQLException("check-in " + row.id() + " has no checkin row");
                    }
                    yield ArchivedEntry.checkIn(new CheckInContent(row.date(), row.time(), bare.mood(), bare.selfTrust(),
                            bare.energy(), bare.sleepHours(), bare.emotions(), bare.bodySignals(), bare.lifeAreas(),
                            row.note(), entryTags), row.createdAt(), row.updatedAt());
                }
                case REFRAME -> new ArchivedEntry(EntryType.REFRAME, row.date(), row.time(), row.note(), entryTags,
                        row.createdAt(), row.updatedAt(), null, unnumbered(required(reframes, row.id())), null, null, null);
                case GOAL -> ArchivedEntry.outcome(row.date(), row.time(), row.note(), entryTags,
                        required(outcomes, row.id()), row.createdAt(), row.updatedAt());
                case ASSESSMENT -> new ArchivedEntry(EntryType.ASSESSMENT, row.date(), row.time(), row.note(), entryTags,
                        row.createdAt(), row.updatedAt(), null, null, null, required(assessments, row.id()), null);
                case PRACTICE -> new ArchivedEntry(EntryType.PRACTICE, row.date(), row.time(), row.note(), entryTags,
                        row.createdAt(), row.updatedAt(), null, null, null, null, required(practices, row.id()).withEntryId(0));
                case NOTE -> ArchivedEntry.note(row.date(), row.time(), row.note(), entryTags, row.createdAt(), row.updatedAt());
            };
            entries.add(entry);
        }
        return new JournalArchive(goals, entries, wins(connection), contacts(connection), helplines(connection),
                preferences(connection));
    }

    private static <T> T required(Map<Long, T> rows, long id) throws SQLException {
        T found = rows.get(id);
        if (found == null) {
            throw new SQLException("entry " + id + " is missing the rows of its kind");
        }
        return found;
    }

    private static Reframe unnumbered(Reframe record) {
        return new Reframe(0, record.date(), record.time(), record.content(), record.step(), record.finishedAt(),
                record.followUp());
    }

    private static List<ArchivedGoal> goals(Connection connection) throws SQLException {
        List<ArchivedGoal> goals = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT id, title, category, size, repeat_days, due_on, note, fear, "
                     + "predicted, idea_id, created_on, ended_on, created_at, updated_at FROM goal ORDER BY id")) {
            while (row.next()) {
                String categoryId = row.getString(3);
                GoalCategory category = GoalCategory.fromId(categoryId)
                        .orElseThrow(() -> new SQLException("unknown goal category " + categoryId));
                String fear = row.getString(8);
                Integer predicted = EntryColumns.nullableInt(row, 9);
                GoalPlan plan = new GoalPlan(row.getString(2), category, row.getInt(4), Recurrence.fromMask(row.getInt(5)),
                        date(row.getString(6)), row.getString(7),
                        fear == null ? null : new Prediction(fear, predicted == null ? 0 : predicted), row.getString(10));
                goals.add(new ArchivedGoal(row.getLong(1), plan, LocalDate.parse(row.getString(11)), date(row.getString(12)),
                        Instant.parse(row.getString(13)), Instant.parse(row.getString(14))));
            }
        }
        return goals;
    }

    private static Map<Long, ArchivedOutcome> outcomes(Connection connection) throws SQLException {
        Map<Long, ArchivedOutcome> outcomes = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "SELECT entry_id, goal_id, on_date, outcome, happened, actual, learned FROM goal_outcome")) {
            while (row.next()) {
                String outcomeId = row.getString(4);
                GoalOutcome outcome = GoalOutcome.fromId(outcomeId)
                        .orElseThrow(() -> new SQLException("unknown goal outcome " + outcomeId));
                String happened = row.getString(5);
                Integer actual = EntryColumns.nullableInt(row, 6);
                String learned = row.getString(7);
                ExperimentResult result = happened == null && actual == null && learned == null ? null
                        : new ExperimentResult(happened, actual == null ? 0 : actual, learned);
                outcomes.put(row.getLong(1), new ArchivedOutcome(row.getLong(2), LocalDate.parse(row.getString(3)), outcome, result));
            }
        }
        return outcomes;
    }

    private static Map<Long, ArchivedAssessment> assessments(Connection connection) throws SQLException {
        Map<Long, ArchivedAssessment> assessments = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT entry_id, instrument, answers FROM assessment")) {
            while (row.next()) {
                String instrumentId = row.getString(2);
                Instrument instrument = Instrument.fromId(instrumentId)
                        .orElseThrow(() -> new SQLException("unknown instrument " + instrumentId));
                List<Integer> answers = Arrays.stream(row.getString(3).split(",")).map(Integer::valueOf).toList();
                assessments.put(row.getLong(1), new ArchivedAssessment(instrument, answers));
            }
        }
        return assessments;
    }

    /** The check-ins' own rows, with their lists; date, time, note and tags come from the entry. */
    private static void checkIns(Connection connection, Map<Long, CheckInContent> into) throws SQLException {
        Map<Long, List<EmotionRating>> emotions = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "SELECT entry_id, emotion, custom, intensity FROM checkin_emotion ORDER BY entry_id, position")) {
            while (row.next()) {
                emotions.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                        .add(new EmotionRating(row.getString(2), row.getInt(3) == 1, row.getInt(4)));
            }
        }
        Map<Long, List<BodySignalMark>> signals = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "SELECT entry_id, signal, custom FROM checkin_body_signal ORDER BY entry_id, position")) {
            while (row.next()) {
                signals.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                        .add(new BodySignalMark(row.getString(2), row.getInt(3) == 1));
            }
        }
        Map<Long, List<String>> areas = listsById(connection,
                "SELECT entry_id, area FROM checkin_life_area ORDER BY entry_id, position");
        LocalDate anyDay = LocalDate.EPOCH;
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT entry_id, mood, self_trust, energy, sleep_hours FROM checkin")) {
            while (row.next()) {
                long id = row.getLong(1);
                double sleep = row.getDouble(5);
                Double sleepOrNull = row.wasNull() ? null : sleep;
                into.put(id, new CheckInContent(anyDay, LocalTime.MIDNIGHT, row.getInt(2), EntryColumns.nullableInt(row, 3),
                        EntryColumns.nullableInt(row, 4), sleepOrNull, emotions.getOrDefault(id, List.of()),
                        signals.getOrDefault(id, List.of()), areas.getOrDefault(id, List.of()), "", List.of()));
            }
        }
    }

    private static List<ArchivedWin> wins(Connection connection) throws SQLException {
        List<ArchivedWin> wins = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT win_date, title, note, created_at FROM own_win ORDER BY id")) {
            while (row.next()) {
                wins.add(new ArchivedWin(LocalDate.parse(row.getString(1)), row.getString(2), row.getString(3),
                        Instant.parse(row.getString(4))));
            }
        }
        return wins;
    }

    private static List<SupportContact> contacts(Connection connection) throws SQLException {
        List<SupportContact> contacts = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT name, reach, note FROM support_contact ORDER BY position, id")) {
            while (row.next()) {
                contacts.add(SupportContact.newContact(row.getString(1), row.getString(2), row.getString(3)));
            }
        }
        return contacts;
    }

    private static List<ArchivedHelpline> helplines(Connection connection) throws SQLException {
        List<ArchivedHelpline> lines = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT id, region, name, contact, hours, source, checked, removed, own "
                     + "FROM helpline_change ORDER BY rowid")) {
            while (row.next()) {
                lines.add(new ArchivedHelpline(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), date(row.getString(7)), row.getInt(8) == 1, row.getInt(9) == 1));
            }
        }
        return lines;
    }

    private static Map<String, String> preferences(Connection connection) throws SQLException {
        Map<String, String> values = new TreeMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT name, value FROM preference")) {
            while (row.next()) {
                values.put(row.getString(1), row.getString(2));
            }
        }
        return values;
    }

    private static Map<Long, List<String>> listsById(Connection connection, String sql) throws SQLException {
        Map<Long, List<String>> lists = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            while (row.next()) {
                lists.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getString(2));
            }
        }
        return lists;
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    // ---- writing ----------------------------------------------------------------------------------------------

    private static void write(Connection connection, MergePlan plan, JournalArchive incoming, JournalArchive existing,
                              EntryIndexer index) throws SQLException {
        Map<Long, Long> goalIds = new HashMap<>(plan.existingGoalFor());
        Map<Long, ArchivedGoal> goalsByKey = new HashMap<>();
        for (ArchivedGoal goal : existing.goals()) {
            goalsByKey.put(goal.key(), goal);
        }
        Map<Long, ArchivedGoal> incomingGoals = new HashMap<>();
        for (ArchivedGoal goal : incoming.goals()) {
            incomingGoals.put(goal.key(), goal);
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO goal (title, category, size, repeat_days, due_on, note, fear, predicted, idea_id, created_on, "
                        + "ended_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            for (ArchivedGoal goal : plan.newGoals()) {
                GoalPlan goalPlan = goal.plan();
                insert.setString(1, goalPlan.title());
                insert.setString(2, goalPlan.category().id());
                insert.setInt(3, goalPlan.size());
                insert.setInt(4, goalPlan.recurrence().mask());
                insert.setString(5, text(goalPlan.due()));
                insert.setString(6, goalPlan.note());
                insert.setString(7, goalPlan.prediction() == null ? null : goalPlan.prediction().fear());
                EntryColumns.setNullableInt(insert, 8, goalPlan.prediction() == null ? null : goalPlan.prediction().discomfort());
                insert.setString(9, goalPlan.ideaId());
                insert.setString(10, goal.createdOn().toString());
                insert.setString(11, text(goal.endedOn()));
                insert.setString(12, goal.createdAt().toString());
                insert.setString(13, goal.updatedAt().toString());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    goalIds.put(goal.key(), keys.getLong(1));
                }
            }
        }
        try (EntryWriter writer = new EntryWriter(connection)) {
            writer.writeAll(plan.newEntries(), goalIds, key -> {
                Long journalId = plan.existingGoalFor().get(key);
                return journalId != null ? goalsByKey.get(journalId) : incomingGoals.get(key);
            }, index);
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO own_win (win_date, title, note, created_at) VALUES (?, ?, ?, ?)")) {
            for (ArchivedWin win : plan.newWins()) {
                insert.setString(1, win.date().toString());
                insert.setString(2, win.title());
                insert.setString(3, win.note());
                insert.setString(4, win.createdAt().toString());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO support_contact (name, reach, note, position) "
                        + "VALUES (?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM support_contact))")) {
            for (SupportContact contact : plan.newContacts()) {
                insert.setString(1, contact.name());
                insert.setString(2, contact.reach());
                insert.setString(3, contact.note());
                insert.executeUpdate();
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO helpline_change (id, region, name, contact, hours, source, checked, removed, own) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ArchivedHelpline line : plan.newHelplines()) {
                insert.setString(1, line.id());
                insert.setString(2, line.region());
                insert.setString(3, line.name());
                insert.setString(4, line.contact());
                insert.setString(5, line.hours());
                insert.setString(6, line.source());
                insert.setString(7, text(line.checked()));
                insert.setInt(8, line.removed() ? 1 : 0);
                insert.setInt(9, line.own() ? 1 : 0);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO preference (name, value) VALUES (?, ?)")) {
            for (Map.Entry<String, String> preference : new TreeMap<>(plan.newPreferences()).entrySet()) {
                insert.setString(1, preference.getKey());
                insert.setString(2, preference.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** Writes entries with one prepared statement per table, batched, so a ten-year journal goes in at once. */
    private static final class EntryWriter implements AutoCloseable {
        private final Connection connection;
        private final PreparedStatement entry;
        private final List<PreparedStatement> inOrder = new ArrayList<>();
        private final PreparedStatement checkin;
        private final PreparedStatement checkinEmotion;
        private final PreparedStatement checkinSignal;
        private final PreparedStatement checkinArea;
        private final PreparedStatement reframe;
        private final PreparedStatement reframeEmotion;
        private final PreparedStatement reframeTrap;
        private final PreparedStatement outcome;
        private final PreparedStatement assessment;
        private final PreparedStatement practice;
        private final PreparedStatement practiceAnswer;
        private final PreparedStatement tag;
        private final PreparedStatement fts;

        EntryWriter(Connection connection) throws SQLException {
            this.connection = connection;
            entry = connection.prepareStatement("INSERT INTO entry (type, entry_date, entry_time, note, created_at, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
            // batches run in this order, so every row finds the row it refers to
            checkin = batch(CheckInRows.CHECKIN);
            checkinEmotion = batch(CheckInRows.EMOTION);
            checkinSignal = batch(CheckInRows.BODY_SIGNAL);
            checkinArea = batch(CheckInRows.LIFE_AREA);
            reframe = batch("INSERT INTO reframe (entry_id, situation, thought, belief_before, evidence_for, evidence_against, "
                    + "friend_answer, alternative, belief_after, follow_up_days, step, finished_at, follow_up_on, "
                    + "follow_up_belief, follow_up_answered_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            reframeEmotion = batch("INSERT INTO reframe_emotion (entry_id, phase, emotion, custom, intensity, position) "
                    + "VALUES (?, ?, ?, ?, ?, ?)");
            reframeTrap = batch("INSERT INTO reframe_trap (entry_id, trap, custom, suggested, position) VALUES (?, ?, ?, ?, ?)");
            outcome = batch("INSERT INTO goal_outcome (entry_id, goal_id, on_date, outcome, happened, actual, learned) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)");
            assessment = batch("INSERT INTO assessment (entry_id, instrument, answers, score, band) VALUES (?, ?, ?, ?, ?)");
            practice = batch("INSERT INTO practice_response (entry_id, practice_id, week_of, finished_at) VALUES (?, ?, ?, ?)");
            practiceAnswer = batch("INSERT INTO practice_answer (entry_id, position, prompt_id, prompt, answer) VALUES (?, ?, ?, ?, ?)");
            tag = batch("INSERT INTO entry_tag (entry_id, tag, position) VALUES (?, ?, ?)");
            fts = batch("INSERT INTO entry_fts (rowid, body, labels) VALUES (?, ?, ?)");
        }

        private PreparedStatement batch(String sql) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sql);
            inOrder.add(statement);
            return statement;
        }

        void writeAll(List<ArchivedEntry> entries, Map<Long, Long> goalIds, java.util.function.LongFunction<ArchivedGoal> goals,
                      EntryIndexer index) throws SQLException {
            for (ArchivedEntry one : entries) {
                ArchivedGoal goal = one.outcome() == null ? null : goals.apply(one.outcome().goal());
                if (one.outcome() != null && (goal == null || !goalIds.containsKey(one.outcome().goal()))) {
                    throw new SQLException("an outcome names a goal the archive does not hold: " + one.outcome().goal());
                }
                long id = insertEntry(one);
                details(id, one, goalIds);
                EntryIndexer.IndexText text = index.index(one, goal);
                fts.setLong(1, id);
                fts.setString(2, text.body());
                fts.setString(3, text.labels());
                fts.addBatch();
            }
            for (PreparedStatement statement : inOrder) {
                statement.executeBatch();
            }
        }

        private long insertEntry(ArchivedEntry one) throws SQLException {
            entry.setString(1, one.type().id());
            entry.setString(2, one.date().toString());
            entry.setString(3, EntryColumns.time(one.time()));
            entry.setString(4, one.note());
            entry.setString(5, one.createdAt().toString());
            entry.setString(6, one.updatedAt().toString());
            entry.executeUpdate();
            long id;
            try (ResultSet keys = entry.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            int position = 0;
            for (String name : one.tags()) {
                tag.setLong(1, id);
                tag.setString(2, name);
                tag.setInt(3, position++);
                tag.addBatch();
            }
            return id;
        }

        private void details(long id, ArchivedEntry one, Map<Long, Long> goalIds) throws SQLException {
            if (one.checkIn() != null) {
                checkIn(id, one.checkIn());
            } else if (one.reframe() != null) {
                reframe(id, one.reframe());
            } else if (one.outcome() != null) {
                ArchivedOutcome mark = one.outcome();
                outcome.setLong(1, id);
                outcome.setLong(2, goalIds.get(mark.goal()));
                outcome.setString(3, mark.onDate().toString());
                outcome.setString(4, mark.outcome().id());
                ExperimentResult result = mark.result();
                outcome.setString(5, result == null ? null : result.happened());
                EntryColumns.setNullableInt(outcome, 6, result == null ? null : result.discomfort());
                outcome.setString(7, result == null ? null : result.learned());
                outcome.addBatch();
            } else if (one.assessment() != null) {
                AssessmentScore score = AssessmentScoring.score(one.assessment().instrument(), one.assessment().answers());
                assessment.setLong(1, id);
                assessment.setString(2, score.instrument().id());
                assessment.setString(3, String.join(",", score.answers().stream().map(String::valueOf).toList()));
                assessment.setDouble(4, score.score());
                assessment.setString(5, score.band().orElse(null));
                assessment.addBatch();
            } else if (one.practice() != null) {
                PracticeResponse response = one.practice();
                practice.setLong(1, id);
                practice.setString(2, response.practiceId());
                practice.setString(3, text(response.weekOf()));
                practice.setString(4, response.finishedAt() == null ? null : response.finishedAt().toString());
                practice.addBatch();
                int position = 0;
                for (PracticeAnswer answer : response.answers()) {
                    practiceAnswer.setLong(1, id);
                    practiceAnswer.setInt(2, position++);
                    practiceAnswer.setString(3, answer.promptId());
                    practiceAnswer.setString(4, answer.prompt());
                    practiceAnswer.setString(5, answer.answer());
                    practiceAnswer.addBatch();
                }
            }
        }

        private void checkIn(long id, CheckInContent content) throws SQLException {
            CheckInRows.bindCheckIn(checkin, id, content);
            checkin.addBatch();
            CheckInRows.batchDetails(checkinEmotion, checkinSignal, checkinArea, id, content);
        }

        private void reframe(long id, Reframe record) throws SQLException {
            ReframeContent content = record.content();
            reframe.setLong(1, id);
            reframe.setString(2, content.situation());
            reframe.setString(3, content.thought());
            EntryColumns.setNullableInt(reframe, 4, content.beliefBefore());
            reframe.setString(5, content.evidenceFor());
            reframe.setString(6, content.evidenceAgainst());
            reframe.setString(7, content.friendAnswer());
            reframe.setString(8, content.alternative());
            EntryColumns.setNullableInt(reframe, 9, content.beliefAfter());
            EntryColumns.setNullableInt(reframe, 10, content.followUpDays());
            reframe.setString(11, record.step().id());
            reframe.setString(12, record.finishedAt() == null ? null : record.finishedAt().toString());
            reframe.setString(13, record.followUp() == null ? null : record.followUp().due().toString());
            EntryColumns.setNullableInt(reframe, 14, record.followUp() == null ? null : record.followUp().belief());
            reframe.setString(15, record.followUp() == null ? null : text(record.followUp().answeredOn()));
            reframe.addBatch();
            emotions(id, "before", content.emotionsBefore());
            emotions(id, "after", content.emotionsAfter());
            int position = 0;
            for (TrapChoice choice : content.traps()) {
                reframeTrap.setLong(1, id);
                reframeTrap.setString(2, choice.trap());
                reframeTrap.setInt(3, choice.custom() ? 1 : 0);
                reframeTrap.setInt(4, choice.suggested() ? 1 : 0);
                reframeTrap.setInt(5, position++);
                reframeTrap.addBatch();
            }
        }

        private void emotions(long id, String phase, List<EmotionRating> ratings) throws SQLException {
            int position = 0;
            for (EmotionRating rating : ratings) {
                reframeEmotion.setLong(1, id);
                reframeEmotion.setString(2, phase);
                reframeEmotion.setString(3, rating.name());
                reframeEmotion.setInt(4, rating.custom() ? 1 : 0);
                reframeEmotion.setInt(5, rating.intensity());
                reframeEmotion.setInt(6, position++);
                reframeEmotion.addBatch();
            }
        }

        @Override
        public void close() throws SQLException {
            entry.close();
            for (PreparedStatement statement : inOrder) {
                statement.close();
            }
        }
    }
}
