package app.groundwork.service;

import app.groundwork.demo.DemoGoals;
import app.groundwork.demo.DemoJournalGenerator;
import app.groundwork.domain.EmotionRating;
import app.groundwork.domain.GoalCategory;
import app.groundwork.domain.GoalOutcome;
import app.groundwork.domain.GoalPlan;
import app.groundwork.domain.Helpline;
import app.groundwork.domain.JournalQuery;
import app.groundwork.domain.PracticeAnswer;
import app.groundwork.domain.PracticeRun;
import app.groundwork.domain.Prediction;
import app.groundwork.domain.ReflectionQuestion;
import app.groundwork.domain.ReframeContent;
import app.groundwork.domain.ReframeStep;
import app.groundwork.domain.SupportContact;
import app.groundwork.domain.TrapChoice;
import app.groundwork.domain.transfer.ImportFormat;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A journal holding every kind of thing an export carries, for the transfer tests. */
final class TransferJournal {
    private TransferJournal() {
    }

    static Path resource(String name) {
        try {
            return Path.of(TransferJournal.class.getResource("/imports/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code years} of the demo journal, then notes, practices, a thought record left open, support and preferences. */
    static void fill(JournalSession session, int years) {
        DemoJournalGenerator generator = new DemoJournalGenerator(7);
        session.checkIns().saveAll(generator.generate(session.checkIns().today(), years)).join();
        session.assessments().saveAll(generator.assessments(session.assessments().today(), years)).join();
        session.reframes().saveAll(generator.reframes(session.reframes().today(), years)).join();
        DemoGoals goals = generator.goals(session.goals().today(), years, JournalFixture.CONTENT.goalIdeas());
        session.goals().saveAll(goals.goals(), goals.outcomes(), goals.wins()).join();
        fillExtras(session);
    }

    /** Every kind the demo journal leaves out. */
    static void fillExtras(JournalSession session) {
        session.imports().bringIn(resource("jrnl-notes.json"), ImportFormat.JRNL, Map.of()).join();
        session.reviews().saveAnswer(JournalFixture.TODAY.minusDays(7), new ReflectionQuestion("kept-a-promise",
                "Where did you keep a promise to yourself?"), "Walked, twice, even in the rain ☔").join();
        session.practices().finish(null, "self-compassion-letter", answers("self-compassion-letter",
                "what-hurts", "The exam result, and telling my parents, \"again\".")).join();
        session.reframes().keep(null, new ReframeContent("At the interview", "I will freeze and they will see it",
                List.of(EmotionRating.known("anxiety", 80), EmotionRating.custom("wobbly", 40)), 85,
                List.of(new TrapChoice("fortune-telling", false, true), new TrapChoice("my own loop", true, false)),
                "", "", "", "", List.of(), null, null), ReframeStep.EVIDENCE).join();
        long experiment = session.goals().add(new GoalPlan("Ask a question in the seminar", GoalCategory.STUDY, 3, null,
                null, "only one", new Prediction("they'll think I'm slow", 70), null)).join().entry().id();
        session.goals().mark(experiment, JournalFixture.TODAY, GoalOutcome.SKIPPED, "not today, and that's fine").join();
        session.goals().addWin(JournalFixture.TODAY, "Cooked a real meal 🍲", "with onions, even").join();
        session.support().saveContact(SupportContact.newContact("Sam", "07700 900123", "evenings, after seven")).join();
        session.support().saveContact(SupportContact.newContact("Dr Okafor", "surgery, ask for a double slot", "")).join();
        session.support().saveHelpline(Helpline.newOwn("uk-ie", "Uni nightline", "0800 000 000", "8pm–8am", "", null)).join();
        session.support().removeHelpline("uk-shout").join();
        session.preferences().hideNudgeUntil(JournalFixture.TODAY.plusDays(3)).join();
        session.preferences().setSchedule("who5", 14).join();
        // deleted and not undone: never exported
        long deleted = session.checkIns().save(JournalFixture.checkIn(JournalFixture.TODAY, 4, "gone soon")).join().entry().id();
        session.journal().delete(deleted).join();
    }

    static List<PracticeAnswer> answers(String practiceId, String... stepAndWords) {
        PracticeRun run = new PracticeRun(JournalFixture.CONTENT.practice(practiceId).orElseThrow().script(), JournalFixture.CLOCK);
        for (int i = 0; i < stepAndWords.length; i += 2) {
            int index = 0;
            while (!run.script().steps().get(index).id().equals(stepAndWords[i])) {
                index++;
            }
            run.write(index, stepAndWords[i + 1]);
        }
        return run.answers();
    }

    /** Every full-text row, in entry order, as day · time · kind · body · labels: what search reads. */
    static List<String> searchRows(Path dataDir) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("journal.db"));
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT e.entry_date, e.entry_time, e.type, f.body, f.labels "
                     + "FROM entry e JOIN entry_fts f ON f.rowid = e.id WHERE e.deleted_at IS NULL "
                     + "ORDER BY e.entry_date, e.entry_time, e.id")) {
            while (row.next()) {
                rows.add(row.getString(1) + " " + row.getString(2) + " " + row.getString(3) + " | " + row.getString(4)
                        + " | " + row.getString(5));
            }
        }
        return rows;
    }

    static JournalQuery search(String text) {
        return new JournalQuery(text, null, null, null, null, null, 1000);
    }
}
