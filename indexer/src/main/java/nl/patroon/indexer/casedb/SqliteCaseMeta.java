package nl.patroon.indexer.casedb;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import nl.patroon.core.casefile.CaseStorageException;
import nl.patroon.core.port.CaseMeta;

/** The {@code meta} table: key and value. */
final class SqliteCaseMeta implements CaseMeta {
    private final SqliteCaseStore db;

    SqliteCaseMeta(SqliteCaseStore db) {
        this.db = db;
    }

    @Override
    public Optional<String> meta(String key) {
        synchronized (db) {
            try (PreparedStatement p = db.connection().prepareStatement("SELECT value FROM meta WHERE key=?")) {
                p.setString(1, key);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new CaseStorageException("case.db: meta lezen mislukt", e);
            }
        }
    }

    /** Whether any key starts with {@code prefix}. */
    boolean hasMetaStartingWith(String prefix) {
        synchronized (db) {
            try (PreparedStatement p = db.connection().prepareStatement(
                    "SELECT 1 FROM meta WHERE substr(key, 1, ?) = ? LIMIT 1")) {
                p.setInt(1, prefix.length());
                p.setString(2, prefix);
                try (ResultSet r = p.executeQuery()) {
                    return r.next();
                }
            } catch (SQLException e) {
                throw new CaseStorageException("case.db: meta lezen mislukt", e);
            }
        }
    }

    @Override
    public void putMeta(String key, String value) {
        synchronized (db) {
            try (PreparedStatement p = db.connection().prepareStatement(
                    "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value")) {
                p.setString(1, key);
                p.setString(2, value);
                p.executeUpdate();
            } catch (SQLException e) {
                throw new CaseStorageException("case.db: meta schrijven mislukt", e);
            }
        }
    }

    @Override
    public void removeMeta(String key) {
        synchronized (db) {
            try (PreparedStatement p = db.connection().prepareStatement("DELETE FROM meta WHERE key=?")) {
                p.setString(1, key);
                p.executeUpdate();
            } catch (SQLException e) {
                throw new CaseStorageException("case.db: meta wissen mislukt", e);
            }
        }
    }
}
