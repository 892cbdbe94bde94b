package az.industry.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Plain JDBC reads of a service's database for assertions, e.g. how many rows carry a marker. */
public final class Db {

    private final SharedInfra.Database database;

    public Db(String name) {
        this.database = SharedInfra.database(name);
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
