package fangrid.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The project's settings as name → text pairs (analysis date, thresholds, language, …). */
public final class SettingsRepository {
    private final Connection c;

    SettingsRepository(Connection c) {
        this.c = c;
    }

    public Optional<String> get(String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT setting_value FROM setting WHERE setting_name = ?")) {
            p.setString(1, name);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public void put(String name, String value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("MERGE INTO setting(setting_name, setting_value) KEY(setting_name) VALUES (?, ?)")) {
            p.setString(1, name);
            p.setString(2, value);
            p.executeUpdate();
        }
    }

    public void remove(String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM setting WHERE setting_name = ?")) {
            p.setString(1, name);
            p.executeUpdate();
        }
    }
}
