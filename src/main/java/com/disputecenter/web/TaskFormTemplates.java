package com.disputecenter.web;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * How a user task's {@code formKey} finds its form: the key is the form's URL, {@code /forms/NAME},
 * and the template is {@code forms/NAME.html} from the top-level forms/ folder (packaged at
 * classpath:/forms/). Camunda Tasklist treats a key without a prefix as an external form and links
 * to that URL, which leads to the case page; our pages include the template itself.
 */
@Configuration(proxyBeanMethods = false)
public class TaskFormTemplates {

    /** Only plain names: a key comes from a deployed model, and must never become a template expression. */
    private static final Pattern KEY = Pattern.compile("/forms/([a-z0-9][a-z0-9-]{0,60})");

    /** The template a form key names, if it is one of ours. */
    public static Optional<String> template(String formKey) {
        if (formKey == null) {
            return Optional.empty();
        }
        var match = KEY.matcher(formKey);
        return match.matches() ? Optional.of("forms/" + match.group(1)) : Optional.empty();
    }

    @Bean
    SpringResourceTemplateResolver taskFormTemplateResolver() {
        SpringResourceTemplateResolver resolver = new SpringResourceTemplateResolver();
        resolver.setPrefix("classpath:/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setResolvablePatterns(Set.of("forms/*"));
        resolver.setCheckExistence(true);
        resolver.setOrder(1);
        return resolver;
    }
}
