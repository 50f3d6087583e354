package com.disputecenter;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DisputeCenterApplication {

    public static void main(String[] args) {
        SpringApplication.run(DisputeCenterApplication.class, args);
    }
}
