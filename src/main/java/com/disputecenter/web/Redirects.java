package com.disputecenter.web;

import org.springframework.web.servlet.view.RedirectView;

/**
 * Redirects to a path that came from the request (a form's returnTo). "redirect:" + text would
 * expand {placeholders} in it as URI template variables, and "/arbitration?x={x}" then fails after
 * the form's use case has committed; these never expand and never append model attributes.
 */
public final class Redirects {

    private Redirects() {
    }

    /** A redirect after POST to this path of the site, taken literally; flash attributes travel as usual. */
    public static RedirectView to(String path) {
        RedirectView view = new RedirectView(path, true);
        view.setExpandUriTemplateVariables(false);
        view.setExposeModelAttributes(false);
        return view;
    }

    /** Whether a link holds URI template syntax: no link this site renders does (its links are encoded). */
    public static boolean templated(String link) {
        return link != null && (link.indexOf('{') >= 0 || link.indexOf('}') >= 0);
    }
}
