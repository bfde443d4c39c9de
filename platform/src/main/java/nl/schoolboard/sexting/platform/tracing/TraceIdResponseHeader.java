package nl.schoolboard.sexting.platform.tracing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Tells the caller the trace id of its request in {@value #HEADER}: the web UI shows it beside an error as the
 * reference to quote to the service desk, and it finds that request's log lines in every service. The id is the
 * request's trace, started at the gateway and carried in the W3C {@code traceparent} header; this filter only
 * reads it (it runs right after Spring's observation filter, ahead of the security filters, so refusals carry it too).
 * An incoming {@value #HEADER} is ignored: the trace context is the one way in.
 */
public class TraceIdResponseHeader extends OncePerRequestFilter {

    public static final String HEADER = "X-Correlation-Id";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HEADER, TraceIds.currentOrNew());
        chain.doFilter(request, response);
    }
}
