package com.disputecenter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputecenter.common.Role;
import com.disputecenter.security.DisputeCenterUser;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

class LocaleConfigTest {

    private final CookieLocaleResolver resolver = new LocaleConfig().localeResolver();

    @BeforeEach
    void aChineseSpeakingSellerIsLoggedIn() {
        var sam = new DisputeCenterUser("sam", "{noop}sam", Set.of(Role.SELLER), "S-1001", "zh");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(sam, null, sam.getAuthorities()));
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    private TimeZoneAwareLocaleContext resolve(MockHttpServletRequest request) {
        return (TimeZoneAwareLocaleContext) resolver.resolveLocaleContext(request);
    }

    @Test
    void pagesSpeakTheUsersLanguageInTheUsersZone() {
        var context = resolve(new MockHttpServletRequest("GET", "/disputes/x"));
        assertThat(context.getLocale()).isEqualTo(Locale.CHINESE);
        assertThat(context.getTimeZone().getID()).isEqualTo("Asia/Shanghai");
    }

    @Test
    void theApiAnswersInTheLanguageTheClientAsksFor() {
        assertThat(resolve(new MockHttpServletRequest("POST", "/api/disputes/x/proposals")).getLocale())
                .isEqualTo(Locale.ENGLISH);
        var askingForChinese = new MockHttpServletRequest("POST", "/api/disputes/x/proposals");
        askingForChinese.addPreferredLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(resolve(askingForChinese).getLocale()).isEqualTo(Locale.CHINESE);
    }

    @Test
    void aVisitorGetsTheBrowsersLanguageIfWeHaveItAndUtc() {
        SecurityContextHolder.clearContext();
        var request = new MockHttpServletRequest("GET", "/login");
        request.addPreferredLocale(Locale.GERMAN);
        var context = resolve(request);
        assertThat(context.getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(context.getTimeZone().getID()).isEqualTo("UTC");
    }
}
