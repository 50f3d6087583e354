package com.disputecenter.benchmark;

import com.disputecenter.DisputeCenterApplication;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The real application, in-process, on a fresh PostgreSQL database of its own (dc_bench_*). */
final class BenchApp {

    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    private BenchApp() {
    }

    static void recreate(String database) {
        if (!database.startsWith("dc_bench_")) {
            throw new IllegalArgumentException("benchmark databases are called dc_bench_*");
        }
        admin("drop database if exists " + database + " with (force)");
        admin("create database " + database);
    }

    static boolean exists(String database) {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                var s = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            s.setString(1, database);
            try (var r = s.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void drop(String database) {
        if (!Boolean.getBoolean("bench.keep")) {
            admin("drop database if exists " + database + " with (force)");
        }
    }

    private static void admin(String sql) {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /**
     * @param history the engine's history level (full, audit, activity, none)
     * @param node the engine's name and the job executor's owner, so two can share a database
     */
    static ConfigurableApplicationContext start(String database, String history, String node, Map<String, String> extra) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.datasource.url", SERVER + database);
        settings.put("spring.datasource.username", "postgres");
        settings.put("spring.datasource.password", "");
        // the security configuration needs a servlet context; nobody calls it (port 0, webapps off)
        settings.put("server.port", "0");
        settings.put("camunda.bpm.webapp.enabled", "false");
        settings.put("camunda.bpm.history-level", history);
        settings.put("camunda.bpm.process-engine-name", node.replace('-', '_'));
        settings.put("camunda.bpm.job-execution.enabled", "true");
        settings.put("bench.node", node);
        settings.put("dispute-center.demo", "false");
        settings.put("camunda.bpm.admin-user.password", "bench-only");
        settings.put("dispute-center.admin.password", "bench-only");
        settings.put("logging.level.root", "WARN");
        settings.put("logging.level.com.disputecenter", "WARN");
        // the job executor logs each optimistic-locking retry; the harness counts them instead
        settings.put("logging.level.org.camunda.bpm.engine.jobexecutor", "ERROR");
        settings.put("logging.level.org.camunda.bpm.engine.context", "ERROR");
        settings.putAll(extra);
        // bench.app="k=v;k=v": application properties for an experiment (pool size, job executor, ...)
        for (String pair : System.getProperty("bench.app", "").split(";")) {
            if (pair.contains("=")) {
                settings.put(pair.substring(0, pair.indexOf('=')).trim(), pair.substring(pair.indexOf('=') + 1).trim());
            }
        }
        List<String> args = new ArrayList<>();
        settings.forEach((k, v) -> args.add("--" + k + "=" + v));
        return new SpringApplicationBuilder(DisputeCenterApplication.class, BenchBeans.class)
                .profiles("postgres")
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(args.toArray(String[]::new));
    }
}
