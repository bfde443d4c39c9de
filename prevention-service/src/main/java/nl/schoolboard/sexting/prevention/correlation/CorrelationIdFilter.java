package nl.schoolboard.sexting.prevention.correlation;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.UUID;

/** Takes the correlation id of an HTTP request (or starts one), keeps it in the MDC and echoes it in the response. */
@Component
class CorrelationIdFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String correlationId = request.getHeader(Correlation.HTTP_HEADER);
        if (correlationId == null || correlationId.isBlank() || correlationId.length() > 200) {
            correlationId = UUID.randomUUID().toString();
        }
        response.setHeader(Correlation.HTTP_HEADER, correlationId);
        try (Correlation.Scope ignored = Correlation.open(correlationId)) {
            chain.doFilter(request, response);
        }
    }
}
