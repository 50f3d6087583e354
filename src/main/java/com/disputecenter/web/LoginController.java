package com.disputecenter.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Our own login page in the site's layout; Spring Security processes the POST. */
@Controller
@WebPage
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
