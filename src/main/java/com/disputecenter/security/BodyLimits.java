package com.disputecenter.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest request body each kind of request may carry (multipart uploads keep
 * {@code spring.servlet.multipart.max-request-size}); see {@link BodySizeLimit}.
 *
 * @param body a JSON body on the API, a form on a page
 * @param webhookBody a carrier's push to {@code /api/carriers/{name}/webhook}
 * @param engineBody anything sent to {@code /engine-rest} (a deployment with its models) or the Camunda webapps
 */
@ConfigurationProperties("dispute-center.limits")
public record BodyLimits(@DefaultValue("1MB") DataSize body, @DefaultValue("1MB") DataSize webhookBody,
        @DefaultValue("10MB") DataSize engineBody) {
}
