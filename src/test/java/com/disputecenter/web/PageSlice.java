package com.disputecenter.web;

import com.disputecenter.security.WebSliceSecurity;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What a {@code @WebMvcTest} of a page controller needs besides the controller: the real security
 * (form login, CSRF), the language and time-zone resolver, the formatting helpers, the task-form
 * template location, and a clock standing at {@link #NOW} so countdowns are predictable.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({WebSliceSecurity.class, LocaleConfig.class, Formats.class, TaskFormTemplates.class})
public class PageSlice {

    public static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
