package com.disputecenter.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * The error page is where the container forwards a failed request; asked for directly it is a page
 * that does not exist (404), not a 500 "error without a status".
 */
@Component
class ErrorPageGuard extends OncePerRequestFilter {

    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final String errorPath;

    ErrorPageGuard(ServerProperties server) {
        this.errorPath = server.getError().getPath();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // the container's own forward to the error page is an ERROR dispatch, which this filter never sees
        return !errorPath.equals(PATHS.getPathWithinApplication(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
