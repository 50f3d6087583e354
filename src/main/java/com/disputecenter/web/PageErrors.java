package com.disputecenter.web;

import com.disputecenter.common.DisputeCenterException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A page's refusal as a page: a case the user may not see is the same 404 page as one that does
 * not exist (as on the API), a role that may not act gets the 403 page, and a refused step
 * (state, rulebook) an error page with the service's reason. Ordered before the API's problem+json advice.
 */
@ControllerAdvice(annotations = WebPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private final MessageSource messages;

    PageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({DisputeCenterException.NotFound.class, MethodArgumentTypeMismatchException.class})
    String notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "error/404";
    }

    @ExceptionHandler(DisputeCenterException.Forbidden.class)
    String forbidden(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "error/403";
    }

    /**
     * A form field the page's form does not have in that shape: a list row past the binder's limit of
     * 256 (files[300].kind) or a path it cannot follow. Binding stops before any use case runs.
     */
    @ExceptionHandler(InvalidPropertyException.class)
    String badField(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("status", HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("reason", messages.getMessage("input.formField", null, LocaleContextHolder.getLocale()));
        return "error/refused";
    }

    @ExceptionHandler(DisputeCenterException.class)
    String refused(DisputeCenterException e, HttpServletResponse response, Model model) {
        int status = e instanceof DisputeCenterException.Conflict ? HttpServletResponse.SC_CONFLICT
                : e instanceof DisputeCenterException.RuleViolation ? 422 : HttpServletResponse.SC_BAD_REQUEST;
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("reason", messages.getMessage(e, LocaleContextHolder.getLocale()));
        return "error/refused";
    }
}
