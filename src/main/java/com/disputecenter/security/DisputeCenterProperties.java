package com.disputecenter.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param demo seed the demo users (and sample disputes); null means: only on the embedded H2 default
 * @param admin the administrator a production deployment logs in with
 */
@ConfigurationProperties("dispute-center")
public record DisputeCenterProperties(Boolean demo, Admin admin) {

    public record Admin(String username, String password) {
    }
}
