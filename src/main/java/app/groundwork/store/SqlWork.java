package app.groundwork.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of work done with the journal's one connection, on the journal's one thread. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
