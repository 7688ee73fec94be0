package nl.openinburgering.portaal.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload on {@code /mijn/documenten} larger than the container's multipart limit
 * ({@code spring.servlet.multipart.max-request-size}) would fail before any controller runs: the container
 * refuses to parse it, so the CSRF check finds no token and the person gets a bare error page. This filter,
 * before security, sees the size in the request's {@code Content-Length}, reads the body away unstored (so the
 * browser receives the answer instead of a broken connection), and sends the person back to the upload form,
 * which shows the size message in the chosen language. It stores nothing and changes nothing, so it needs no
 * CSRF token.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class GroteUploadFilter extends OncePerRequestFilter {

    static final String PAD = "/mijn/documenten";
    static final String TE_GROOT = PAD + "?te-groot";

    /** More than this is not read away: the connection is closed instead (a bare upload of gigabytes). */
    private static final long MAXIMUM_WEGLEZEN = 100L * 1024 * 1024;

    private final long grens;

    GroteUploadFilter(@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize grens) {
        this.grens = grens.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest verzoek) {
        return !"POST".equals(verzoek.getMethod()) || !PAD.equals(verzoek.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest verzoek, HttpServletResponse antwoord, FilterChain keten)
            throws ServletException, IOException {
        long lengte = verzoek.getContentLengthLong();
        if (lengte <= grens) {
            keten.doFilter(verzoek, antwoord);
            return;
        }
        if (lengte <= MAXIMUM_WEGLEZEN) {
            try (InputStream inhoud = verzoek.getInputStream()) {
                inhoud.transferTo(OutputStreamNergens.INSTANCE);
            }
        } else {
            antwoord.setHeader("Connection", "close");
        }
        antwoord.setStatus(HttpServletResponse.SC_SEE_OTHER);
        antwoord.setHeader("Location", verzoek.getContextPath() + TE_GROOT);
    }

    private static final class OutputStreamNergens extends java.io.OutputStream {
        static final OutputStreamNergens INSTANCE = new OutputStreamNergens();

        @Override
        public void write(int b) {}

        @Override
        public void write(byte[] b, int off, int len) {}
    }
}
