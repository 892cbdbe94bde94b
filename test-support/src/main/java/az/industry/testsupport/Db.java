package az.industry.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Plain JDBC on a service's database for assertions (how many rows carry a marker) and set-ups. */
public final class Db {

    private final SharedInfra.Database database;

    public Db(String name) {
        this.database = SharedInfra.database(name);
    }

    /** Runs an INSERT, UPDATE or DELETE with {@code args} bound in order; the number of rows it changed. */
    public int update(String sql, Object... args) {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The single number {@code sql} selects, with {@code args} bound in order. */
    public long count(String sql, Object... args) {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
