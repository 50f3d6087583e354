package com.disputecenter.web;

import com.disputecenter.security.DisputeCenterUser;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Language and time zone of the pages: a user's choice (one cookie, {@link PreferencesController}),
 * else the user's own from the directory, else the browser's language and UTC.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfig {

    /** The languages the pages are written in; anything else falls back to English. */
    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.CHINESE);

    @Bean
    CookieLocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("dc-locale");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> {
            // the API answers in the language a client asks for, whoever calls it
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                return supported(request.getLocale());
            }
            DisputeCenterUser user = currentUser();
            if (user != null && user.language() != null) {
                return supported(Locale.forLanguageTag(user.language()));
            }
            return supported(request.getLocale());
        });
        resolver.setDefaultTimeZoneFunction(request -> {
            DisputeCenterUser user = currentUser();
            return TimeZone.getTimeZone(user != null ? user.zone() : java.time.ZoneOffset.UTC);
        });
        return resolver;
    }

    static Locale supported(Locale locale) {
        return locale != null && locale.getLanguage().equals("zh") ? Locale.CHINESE : Locale.ENGLISH;
    }

    private static DisputeCenterUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof DisputeCenterUser user ? user : null;
    }
}
