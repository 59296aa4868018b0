package app.groundwork.store;

import app.groundwork.domain.Helpline;
import app.groundwork.domain.SupportContact;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The person's support contacts and their changes to helplines. Rules are checked by the caller; this class stores
 * exactly what it is given.
 */
public final class SupportRepository {
    /** The prefix of the ids of the person's own helplines: {@code own-1}, {@code own-2}… */
    public static final String OWN_PREFIX = "own-";

    /**
     * One stored helpline change.
     *
     * @param line    the line as the person left it (origin {@code OWN} or {@code EDITED}); null for a bundled line
     *                that was only removed, never edited
     * @param removed true when the person hid a bundled line
     */
    public record HelplineChange(String id, String region, boolean own, boolean removed, Helpline line) {
    }

    private final Database database;

    public SupportRepository(Database database) {
        this.database = database;
    }

    // ---- support contacts -------------------------------------------------------------------------------------

    /** Every contact in the order they were added. */
    public CompletableFuture<List<SupportContact>> contacts() {
        return database.read(connection -> {
            List<SupportContact> contacts = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "SELECT id, name, reach, note FROM support_contact ORDER BY position, id")) {
                while (rows.next()) {
                    contacts.add(new SupportContact(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4)));
                }
            }
            return List.copyOf(contacts);
        });
    }

    /**
     * Stores a new contact (id 0) at the end of the list, or changes a stored one in place. A contact that was
     * removed meanwhile is added again at the end, so nothing the person typed is lost. Returns it with its id.
     */
    public CompletableFuture<SupportContact> saveContact(SupportContact contact) {
        return database.write(connection -> {
            if (!contact.isNew()) {
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE support_contact SET name = ?, reach = ?, note = ? WHERE id = ?")) {
                    update.setString(1, contact.name());
                    update.setString(2, contact.reach());
                    update.setString(3, contact.note());
                    update.setLong(4, contact.id());
                    if (update.executeUpdate() == 1) {
                        return contact;
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO support_contact (name, reach, note, position) "
                            + "VALUES (?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM support_contact))",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, contact.name());
                insert.setString(2, contact.reach());
                insert.setString(3, contact.note());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return contact.withId(keys.getLong(1));
                }
            }
        });
    }

    /** Returns whether there was such a contact. */
    public CompletableFuture<Boolean> removeContact(long id) {
        return database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM support_contact WHERE id = ?")) {
                delete.setLong(1, id);
                return delete.executeUpdate() == 1;
            }
        });
    }

    // ---- helplines --------------------------------------------------------------------------------------------

    /** Every change, in the order the rows were first written (so own lines keep the order they were added in). */
    public CompletableFuture<List<HelplineChange>> helplineChanges() {
        return database.read(connection -> {
            List<HelplineChange> changes = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT id, region, name, contact, hours, source, checked, removed, own "
                         + "FROM helpline_change ORDER BY rowid")) {
                while (rows.next()) {
                    changes.add(change(rows));
                }
            }
            return List.copyOf(changes);
        });
    }

    /** Stores a new own line under the next free {@code own-<n>} id, or changes an own line in place. */
    public CompletableFuture<Helpline> saveOwnHelpline(Helpline line) {
        return database.write(connection -> {
            String id = line.isNew() ? nextOwnId(connection) : line.id();
            Helpline stored = new Helpline(id, line.region(), line.name(), line.contact(), line.hours(), line.source(),
                    line.checked(), Helpline.Origin.OWN);
            upsert(connection, stored, true);
            return stored;
        });
    }

    /** Keeps the person's version of a bundled line under its id; it shows again if it had been removed. */
    public CompletableFuture<Helpline> saveHelplineEdit(Helpline line) {
        return database.write(connection -> {
            Helpline stored = new Helpline(line.id(), line.region(), line.name(), line.contact(), line.hours(),
                    line.source(), line.checked(), Helpline.Origin.EDITED);
            upsert(connection, stored, false);
            return stored;
        });
    }

    /** Hides a bundled line, keeping any edit of it until it is restored. */
    public CompletableFuture<Void> markHelplineRemoved(String id, String region) {
        return database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO helpline_change (id, region, removed, own) VALUES (?, ?, 1, 0) "
                            + "ON CONFLICT (id) DO UPDATE SET removed = 1")) {
                statement.setString(1, id);
                statement.setString(2, region);
                statement.executeUpdate();
            }
            return null;
        });
    }

    /** Drops the person's edit or removal of a bundled line; their own lines are never touched by this. */
    public CompletableFuture<Boolean> dropBundledChange(String id) {
        return deleteChange(id, false);
    }

    /** Deletes one of the person's own lines. */
    public CompletableFuture<Boolean> removeOwnHelpline(String id) {
        return deleteChange(id, true);
    }

    private CompletableFuture<Boolean> deleteChange(String id, boolean own) {
        return database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM helpline_change WHERE id = ? AND own = ?")) {
                delete.setString(1, id);
                delete.setInt(2, own ? 1 : 0);
                return delete.executeUpdate() == 1;
            }
        });
    }

    private static void upsert(Connection connection, Helpline line, boolean own) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO helpline_change (id, region, name, contact, hours, source, checked, removed, own) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?) ON CONFLICT (id) DO UPDATE SET region = excluded.region, "
                        + "name = excluded.name, contact = excluded.contact, hours = excluded.hours, "
                        + "source = excluded.source, checked = excluded.checked, removed = 0")) {
            statement.setString(1, line.id());
            statement.setString(2, line.region());
            statement.setString(3, line.name());
            statement.setString(4, line.contact());
            statement.setString(5, line.hours());
            statement.setString(6, line.source());
            if (line.checked() == null) {
                statement.setNull(7, Types.VARCHAR);
            } else {
                statement.setString(7, line.checked().toString());
            }
            statement.setInt(8, own ? 1 : 0);
            statement.executeUpdate();
        }
    }

    private static String nextOwnId(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT COALESCE(MAX(CAST(substr(id, ?) AS INTEGER)), 0) + 1 FROM helpline_change WHERE own = 1 AND id LIKE ?")) {
            statement.setInt(1, OWN_PREFIX.length() + 1);
            statement.setString(2, OWN_PREFIX + "%");
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return OWN_PREFIX + row.getLong(1);
            }
        }
    }

    private static HelplineChange change(ResultSet row) throws SQLException {
        String id = row.getString(1);
        String region = row.getString(2);
        boolean removed = row.getInt(8) == 1;
        boolean own = row.getInt(9) == 1;
        String name = row.getString(3);
        Helpline line = null;
        if (name != null) {
            String checked = row.getString(7);
            line = new Helpline(id, region, name, row.getString(4), row.getString(5), row.getString(6),
                    checked == null ? null : LocalDate.parse(checked), own ? Helpline.Origin.OWN : Helpline.Origin.EDITED);
        }
        return new HelplineChange(id, region, own, removed, line);
    }
}
