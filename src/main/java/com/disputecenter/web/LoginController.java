package com.disputecenter.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Our own login page in the site's layout; Spring Security processes the POST. */
@Controller
@WebPage
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /**
     * Where a throttled login is forwarded (security/PageSecurity): the form again, with how long to wait;
     * the status (429) and Retry-After are set already. Asked for directly, it is the plain login page.
     */
    @RequestMapping("/login/throttled")
    String throttled(HttpServletRequest request) {
        return request.getAttribute("throttledMinutes") == null ? "redirect:/login" : "login";
    }
}
