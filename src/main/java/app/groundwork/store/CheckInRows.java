package app.groundwork.store;

import app.groundwork.domain.BodySignalMark;
import app.groundwork.domain.CheckInContent;
import app.groundwork.domain.EmotionRating;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * The rows a check-in's own fields take, written the same way by a single save and by an import of thousands: the
 * statements, and how a check-in's values are bound to them.
 */
final class CheckInRows {
    static final String CHECKIN = "INSERT INTO checkin (entry_id, mood, self_trust, energy, sleep_hours) VALUES (?, ?, ?, ?, ?)";
    static final String EMOTION = "INSERT INTO checkin_emotion (entry_id, emotion, custom, intensity, position) VALUES (?, ?, ?, ?, ?)";
    static final String BODY_SIGNAL = "INSERT INTO checkin_body_signal (entry_id, signal, custom, position) VALUES (?, ?, ?, ?)";
    static final String LIFE_AREA = "INSERT INTO checkin_life_area (entry_id, area, position) VALUES (?, ?, ?)";

    private CheckInRows() {
    }

    /** Binds the {@code checkin} row's values; the caller runs or batches it. */
    static void bindCheckIn(PreparedStatement checkin, long id, CheckInContent content) throws SQLException {
        checkin.setLong(1, id);
        checkin.setInt(2, content.mood());
        EntryColumns.setNullableInt(checkin, 3, content.selfTrust());
        EntryColumns.setNullableInt(checkin, 4, content.energy());
        if (content.sleepHours() == null) {
            checkin.setNull(5, Types.REAL);
        } else {
            checkin.setDouble(5, content.sleepHours());
        }
    }

    /** Adds the emotion, body-signal and life-area rows to their statements' batches, in the order they were chosen. */
    static void batchDetails(PreparedStatement emotion, PreparedStatement signal, PreparedStatement area, long id,
                             CheckInContent content) throws SQLException {
        int position = 0;
        for (EmotionRating rating : content.emotions()) {
            emotion.setLong(1, id);
            emotion.setString(2, rating.name());
            emotion.setInt(3, rating.custom() ? 1 : 0);
            emotion.setInt(4, rating.intensity());
            emotion.setInt(5, position++);
            emotion.addBatch();
        }
        position = 0;
        for (BodySignalMark mark : content.bodySignals()) {
            signal.setLong(1, id);
            signal.setString(2, mark.name());
            signal.setInt(3, mark.custom() ? 1 : 0);
            signal.setInt(4, position++);
            signal.addBatch();
        }
        position = 0;
        for (String lifeArea : content.lifeAreas()) {
            area.setLong(1, id);
            area.setString(2, lifeArea);
            area.setInt(3, position++);
            area.addBatch();
        }
    }
}
