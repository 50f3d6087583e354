package com.disputecenter.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The integration suite runs on PostgreSQL whenever one answers at 127.0.0.1:5432 (a fresh
 * database per run), and on an in-memory H2 otherwise. With DISPUTE_CENTER_REQUIRE_POSTGRES=true
 * (CI) an unreachable PostgreSQL fails the run instead. The choice is written to
 * target/it-database.txt so CI can check which one ran. DISPUTE_CENTER_IT_DB=h2 forces H2;
 * DISPUTE_CENTER_IT_DATABASE names the PostgreSQL database (default dispute_center_it).
 */
final class TestDatabase {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    // several checkouts on one machine (helpers, benchmarks) each take their own database
    private static final String DATABASE = System.getenv().getOrDefault("DISPUTE_CENTER_IT_DATABASE", "dispute_center_it");
    private static final String H2 = "jdbc:h2:mem:dispute-center-it;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
    private static String url;

    private TestDatabase() {
    }

    static synchronized void register(DynamicPropertyRegistry registry) {
        if (url == null) {
            url = choose();
            try {
                Path record = Path.of(System.getProperty("it.database.file", "target/it-database.txt"));
                Files.createDirectories(record.getParent());
                Files.writeString(record, url.startsWith("jdbc:postgresql") ? "postgresql\n" : "h2\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        registry.add("spring.datasource.url", () -> url);
        if (url.startsWith("jdbc:postgresql")) {
            registry.add("spring.datasource.username", () -> user());
            registry.add("spring.datasource.password", () -> "");
        }
    }

    private static String choose() {
        if ("h2".equalsIgnoreCase(System.getenv("DISPUTE_CENTER_IT_DB"))) {
            return H2;
        }
        try (Connection c = DriverManager.getConnection(SERVER + "test", user(), "");
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DATABASE + " with (force)");
            s.execute("create database " + DATABASE);
            return SERVER + DATABASE;
        } catch (SQLException unreachable) {
            if ("true".equalsIgnoreCase(System.getenv("DISPUTE_CENTER_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException("PostgreSQL at 127.0.0.1:5432 is required here but unreachable",
                        unreachable);
            }
            return H2;
        }
    }

    private static String user() {
        return System.getenv().getOrDefault("PGUSER", "postgres");
    }
}
