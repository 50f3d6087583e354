package com.disputecenter.operations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL database of its own for tests that start the packaged application as separate
 * processes (H2 in memory cannot be shared between processes). Skipped without PostgreSQL, except
 * in CI (DISPUTE_CENTER_REQUIRE_POSTGRES=true), where that is a failure.
 */
final class ClusterDatabase {

    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    private ClusterDatabase() {
    }

    /**
     * dc_ops_{purpose}, plus the checkout's integration database name when one is set, so two
     * checkouts building at once on one machine never drop each other's database.
     */
    static String name(String purpose) {
        String checkout = System.getenv("DISPUTE_CENTER_IT_DATABASE");
        return "dc_ops_" + purpose + (checkout == null || checkout.isBlank() ? ""
                : "_" + checkout.toLowerCase().replaceAll("[^a-z0-9_]", "_"));
    }

    static String user() {
        return System.getenv().getOrDefault("PGUSER", "postgres");
    }

    /** Drops and creates the database; returns its JDBC URL. */
    static String fresh(String name) {
        if ("h2".equalsIgnoreCase(System.getenv("DISPUTE_CENTER_IT_DB"))) {
            Assumptions.abort("multi-node tests need PostgreSQL");
        }
        try (Connection c = DriverManager.getConnection(SERVER + "test", user(), "");
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name);
            return SERVER + name;
        } catch (SQLException unreachable) {
            if ("true".equalsIgnoreCase(System.getenv("DISPUTE_CENTER_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException("PostgreSQL at 127.0.0.1:5432 is required here", unreachable);
            }
            Assumptions.abort("PostgreSQL at 127.0.0.1:5432 is unreachable: " + unreachable.getMessage());
            return null;
        }
    }

    static void drop(String name) {
        try (Connection c = DriverManager.getConnection(SERVER + "test", user(), "");
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException ignored) {
            // best effort: the next run drops it first anyway
        }
    }
}
