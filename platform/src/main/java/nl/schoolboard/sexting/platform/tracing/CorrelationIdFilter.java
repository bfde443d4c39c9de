package nl.schoolboard.sexting.platform.tracing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Gives each request the correlation id the gateway assigned (or a new one when called directly or with an id not
 * fit for log lines), keeps it in the logging context while the request is handled and echoes it in the response.
 * Registered ahead of the security filters, so refusals carry the id too.
 */
public class CorrelationIdFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String correlationId = Correlation.acceptOrNew(request.getHeader(Correlation.HTTP_HEADER));
        response.setHeader(Correlation.HTTP_HEADER, correlationId);
        try (Correlation.Scope ignored = Correlation.open(correlationId)) {
            chain.doFilter(request, response);
        }
    }
}
