package com.disputecenter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Form login, logout, CSRF, the language and zone switch, and which role reaches which pages. */
@WebMvcTest({LoginController.class, PreferencesController.class})
@Import(PageSlice.class)
class PagesSecurityTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void ourLoginPageLogsADemoUserInAndLogoutLogsOut() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<label for=\"username\">User name</label>")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        mvc.perform(formLogin("/login").user("ada").password("ada"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user("ada").password("wrong"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(logout())
                .andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void loggingInWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "ada").param("password", "ada"))
                .andExpect(status().isForbidden());
    }

    /** Where each role may go: the arbitrators' queue, the analysts' process page and Camunda's webapps. */
    @Test
    void eachRoleReachesOnlyItsOwnPages() throws Exception {
        Map<String, List<String>> allowed = Map.of(
                "ada", List.of("/arbitration"),
                "ann", List.of("/processes", "/camunda/app/cockpit/", "/camunda/app/tasklist/", "/camunda/app/admin/"),
                "bob", List.of(),
                "sam", List.of(),
                "market", List.of());
        List<String> restricted = List.of("/arbitration", "/processes", "/camunda/app/cockpit/",
                "/camunda/app/tasklist/", "/camunda/app/admin/");
        for (var entry : allowed.entrySet()) {
            for (String path : restricted) {
                int status = mvc.perform(get(path).with(user(users.loadUserByUsername(entry.getKey()))))
                        .andReturn().getResponse().getStatus();
                if (entry.getValue().contains(path)) {
                    // past security; this slice has no handler for it, so 404 is fine
                    assertThat(status).as("%s on %s", entry.getKey(), path).isNotIn(401, 403);
                } else {
                    assertThat(status).as("%s on %s", entry.getKey(), path).isEqualTo(403);
                }
            }
        }
    }

    @Test
    void theLanguageSwitchIsKeptInACookieAndChangesThePage() throws Exception {
        var switched = mvc.perform(post("/preferences").with(csrf()).param("lang", "zh").param("zone", "Asia/Shanghai")
                        .header("Referer", "http://localhost/login"))
                .andExpect(redirectedUrl("/login"))
                .andExpect(cookie().exists("dc-locale"))
                .andReturn();
        Cookie chosen = switched.getResponse().getCookie("dc-locale");
        mvc.perform(get("/login").cookie(chosen))
                .andExpect(content().string(containsString("<label for=\"username\">用户名</label>")))
                .andExpect(content().string(containsString("lang=\"zh\"")));
        mvc.perform(get("/preferences").cookie(chosen).with(user(users.loadUserByUsername("bob"))))
                .andExpect(content().string(containsString("<option value=\"Asia/Shanghai\" selected=\"selected\">")));
    }

    /** Cockpit's own login posts with Camunda's XSRF header, not our form token; only analysts and admins get there. */
    @Test
    void theCamundaWebappsPostWithTheirOwnCsrfGuardAndStayClosedToOtherRoles() throws Exception {
        String login = "/camunda/api/admin/auth/user/default/login/cockpit";
        int status = mvc.perform(post(login).with(user(users.loadUserByUsername("ann"))).param("username", "ann"))
                .andReturn().getResponse().getStatus();
        // past security; this slice has no Camunda servlet, so 404 is fine
        assertThat(status).isNotIn(401, 403);
        mvc.perform(post(login).with(user(users.loadUserByUsername("bob"))).param("username", "ann"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/preferences").with(user(users.loadUserByUsername("ann"))).param("lang", "en"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aReturnToWithAUriTemplateGoesToTheStartPageInsteadOfFailingTheRedirect() throws Exception {
        for (String templated : new String[] {"/arbitration?x={x}", "/{x}", "/disputes/{id}/respond"}) {
            mvc.perform(post("/preferences").with(csrf()).param("lang", "zh").param("returnTo", templated))
                    .andExpect(redirectedUrl("/"));
        }
        mvc.perform(post("/preferences").with(csrf()).param("lang", "en").header("Referer", "http://localhost/a/{b}"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void theSwitchNeverRedirectsToAnotherSite() throws Exception {
        mvc.perform(post("/preferences").with(csrf()).param("lang", "en").param("returnTo", "//evil.example/x"))
                .andExpect(redirectedUrl("/"));
        // browsers drop tabs and newlines inside a URL, and read a backslash as a slash: "/\t/evil" is "//evil"
        for (String sneaky : new String[] {"/\t/evil.example/x", "/\n/evil.example", "/\\evil.example", " //evil.example"}) {
            mvc.perform(post("/preferences").with(csrf()).param("lang", "en").param("returnTo", sneaky))
                    .andExpect(redirectedUrl("/"));
        }
        mvc.perform(post("/preferences").with(csrf()).param("lang", "en").param("returnTo", "/arbitration?page=2"))
                .andExpect(redirectedUrl("/arbitration?page=2"));
        mvc.perform(post("/preferences").with(csrf()).param("lang", "en").header("Referer", "https://evil.example/x"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/preferences").param("lang", "en"))
                .andExpect(status().isForbidden());
    }
}
