package com.disputecenter.common;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ClockConfig {

    /** Every "now" in the domain comes from here, in UTC. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
