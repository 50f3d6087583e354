package com.disputecenter.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleContextResolver;
import org.springframework.web.servlet.View;

/** Language and time zone, chosen by the user and kept in a cookie (they change nothing but the display). */
@Controller
@WebPage
class PreferencesController {

    /** The zones offered; the marketplace's sellers sit in China, its buyers mostly in Europe and the Americas. */
    static final List<String> ZONES = List.of("UTC", "Asia/Shanghai", "Asia/Hong_Kong", "Asia/Tokyo", "Europe/London",
            "Europe/Berlin", "Europe/Rome", "America/New_York", "America/Los_Angeles", "Australia/Sydney");

    private final LocaleContextResolver locales;

    PreferencesController(LocaleContextResolver locales) {
        this.locales = locales;
    }

    @GetMapping("/preferences")
    String form(Model model) {
        model.addAttribute("zones", ZONES);
        model.addAttribute("currentZone", LocaleContextHolder.getTimeZone().getID());
        return "preferences";
    }

    @PostMapping("/preferences")
    View save(@RequestParam(required = false) String lang, @RequestParam(required = false) String zone,
            @RequestParam(required = false) String returnTo, HttpServletRequest request, HttpServletResponse response) {
        Locale locale = lang == null ? LocaleContextHolder.getLocale() : LocaleConfig.supported(Locale.forLanguageTag(lang));
        TimeZone timeZone = zone != null && ZONES.contains(zone) ? TimeZone.getTimeZone(ZoneId.of(zone))
                : LocaleContextHolder.getTimeZone();
        locales.setLocaleContext(request, response,
                new SimpleTimeZoneAwareLocaleContext(locale, timeZone));
        return Redirects.to(local(returnTo != null ? returnTo : refererPath(request)));
    }

    /** Back to the page the switch was pressed on (same site only: the path of the Referer). */
    private static String refererPath(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return "/";
        }
        try {
            URI uri = URI.create(referer);
            if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return "/";
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    /** Only a path of this site: an open redirect would let a link send users elsewhere after a click. */
    private static String local(String returnTo) {
        // browsers drop tabs and line breaks inside a URL and read "\\" as "/", so "/\t/evil" would be "//evil"
        return returnTo != null && returnTo.startsWith("/") && !returnTo.startsWith("//") && !returnTo.contains("\\")
                && !Redirects.templated(returnTo)
                && returnTo.chars().noneMatch(c -> c <= ' ' || c == 0x7f) ? returnTo : "/";
    }
}
