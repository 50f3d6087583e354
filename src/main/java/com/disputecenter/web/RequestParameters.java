package com.disputecenter.web;

import com.disputecenter.common.DisputeCenterException;
import com.disputecenter.common.Text;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one check of request parameters, before any controller runs: query parameters, form fields of
 * the pages, multipart text parts and path variables never hold U+0000 (JSON bodies are checked by
 * {@link StrictJson}). The refusal is an InvalidInput, so the API answers 400 problem+json and a
 * page its 400 page, and nothing has been done.
 */
@Component
class RequestParameters implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (RequestRejectedException rejected) {
            // Spring Security's firewall refuses a parameter name with a control character only when it is read
            throw new DisputeCenterException.InvalidInput(null,
                    "A parameter's name holds a control character, which no name may hold").coded("input.parameterName");
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (Text.hasNul(parameter.getKey())) {
                throw Text.nul(null);
            }
            for (String value : parameter.getValue()) {
                if (Text.hasNul(value)) {
                    throw Text.nul(named(parameter.getKey()));
                }
            }
        }
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            for (Map.Entry<?, ?> variable : variables.entrySet()) {
                if (variable.getValue() instanceof String value && Text.hasNul(value)) {
                    throw Text.nul(named(String.valueOf(variable.getKey())));
                }
            }
        }
        return true;
    }

    /** A parameter's name goes back in the answer only when it is a plain one ("evidence[0].description"). */
    private static String named(String name) {
        return name.matches("[A-Za-z0-9_.\\[\\]-]{1,80}") ? name : null;
    }
}
