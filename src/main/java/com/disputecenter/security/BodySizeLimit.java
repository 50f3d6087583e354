package com.disputecenter.security;

import com.disputecenter.web.Problems;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps every request body before anything reads it: a declared {@code Content-Length} above the cap
 * is refused (413) before a byte of the body is read, and a body without one (chunked) is cut off as
 * soon as it passes the cap, so no reader (a controller's {@code byte[]}, Jackson, the engine's REST
 * API) ever holds more than the cap. It runs first of all filters, before authentication: an
 * unauthenticated webhook call cannot make the desk buffer a large body either.
 * Multipart uploads are parsed by the servlet container, which applies the multipart limits itself
 * while it streams the parts to disk; here they are refused early when they announce more.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BodySizeLimit extends OncePerRequestFilter {

    static final String DETAIL = "The request body is larger than this endpoint accepts";

    private final long body;
    private final long webhook;
    private final long engine;
    private final long multipart;
    private final ObjectMapper json;

    BodySizeLimit(BodyLimits limits, MultipartProperties multipart, ObjectMapper json) {
        this.body = limits.body().toBytes();
        this.webhook = limits.webhookBody().toBytes();
        this.engine = limits.engineBody().toBytes();
        this.multipart = multipart.getMaxRequestSize().toBytes();
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitOf(request);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, response);
            return;
        }
        if (declared == 0 || declared < 0 && request.getHeader("Transfer-Encoding") == null) {
            chain.doFilter(request, response); // no body
            return;
        }
        Capped capped = new Capped(request, limit);
        chain.doFilter(capped, new Muted(response, capped));
        // whatever the reader made of the cut (Spring MVC a 400, the engine's REST API its own error) was
        // muted; the answer is 413
        if (capped.exceeded && !response.isCommitted()) {
            response.reset();
            refuse(request, response);
        }
    }

    private long limitOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/carriers/") && path.endsWith("/webhook")) {
            return webhook;
        }
        if (path.startsWith("/engine-rest/") || path.startsWith("/camunda/")) {
            return engine;
        }
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE) ? multipart : body;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // the rest of the body is not read: the connection closes after the answer
        response.setHeader("Connection", "close");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/actuator/")) {
            Problems.write(response, json, Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, Problems.PAYLOAD_TOO_LARGE, DETAIL));
        } else {
            response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
        }
    }

    /** What a reader gets when the body passes its cap. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("The request body is larger than " + limit + " bytes");
        }
    }

    /** Once the body passed its cap, nothing the reader answers reaches the client. */
    private static final class Muted extends HttpServletResponseWrapper {

        private final Capped request;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Muted(HttpServletResponse response, Capped request) {
            super(response);
            this.request = request;
        }

        private boolean muted() {
            return request.exceeded;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream real = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        if (!muted()) {
                            real.write(b);
                        }
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        if (!muted()) {
                            real.write(b, off, len);
                        }
                    }

                    @Override
                    public void flush() throws IOException {
                        if (!muted()) {
                            real.flush();
                        }
                    }

                    @Override
                    public void close() throws IOException {
                        if (!muted()) {
                            real.close();
                        }
                    }

                    @Override
                    public boolean isReady() {
                        return real.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        real.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                PrintWriter real = super.getWriter();
                writer = new PrintWriter(new Writer() {
                    @Override
                    public void write(char[] buffer, int off, int len) {
                        if (!muted()) {
                            real.write(buffer, off, len);
                        }
                    }

                    @Override
                    public void flush() {
                        if (!muted()) {
                            real.flush();
                        }
                    }

                    @Override
                    public void close() {
                        if (!muted()) {
                            real.close();
                        }
                    }
                });
            }
            return writer;
        }

        @Override
        public void setStatus(int status) {
            if (!muted()) {
                super.setStatus(status);
            }
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (!muted()) {
                super.sendError(status, message);
            }
        }

        @Override
        public void sendError(int status) throws IOException {
            if (!muted()) {
                super.sendError(status);
            }
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            if (!muted()) {
                super.sendRedirect(location);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!muted()) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!muted()) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setContentType(String type) {
            if (!muted()) {
                super.setContentType(type);
            }
        }

        @Override
        public void setContentLength(int length) {
            if (!muted()) {
                super.setContentLength(length);
            }
        }

        @Override
        public void setContentLengthLong(long length) {
            if (!muted()) {
                super.setContentLengthLong(length);
            }
        }

        @Override
        public void flushBuffer() throws IOException {
            if (!muted()) {
                super.flushBuffer();
            }
        }
    }

    private static final class Capped extends HttpServletRequestWrapper {

        private final long limit;
        private boolean exceeded;
        private ServletInputStream stream;
        private BufferedReader reader;

        Capped(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CappedStream(super.getInputStream());
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
            }
            return reader;
        }

        private final class CappedStream extends ServletInputStream {

            private final ServletInputStream in;
            private long read;

            CappedStream(ServletInputStream in) {
                this.in = in;
            }

            private int counted(int n) throws TooLarge {
                if (n > 0) {
                    read += n;
                    if (read > limit) {
                        exceeded = true;
                        throw new TooLarge(limit);
                    }
                }
                return n;
            }

            @Override
            public int read() throws IOException {
                int b = in.read();
                if (b >= 0) {
                    counted(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                // never more than one byte past the cap in one read
                return counted(in.read(buffer, offset, (int) Math.min(length, Math.max(1, limit - read + 1))));
            }

            @Override
            public boolean isFinished() {
                return in.isFinished();
            }

            @Override
            public boolean isReady() {
                return in.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
            }
        }
    }
}
