package nl.schoolboard.sexting.gateway.edge;

import java.util.concurrent.atomic.AtomicLong;

import nl.schoolboard.sexting.gateway.EdgeFilterOrder;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies above {@code gateway.max-request-body}. A declared {@code Content-Length} above the limit
 * is refused before anything is routed; a body without a length (chunked) is counted while it streams and
 * stopped when it passes the limit. Both end as 413 problem+json (see
 * {@link nl.schoolboard.sexting.gateway.problem.EdgeProblemHandler}).
 */
@Component
@Order(EdgeFilterOrder.REQUEST_SIZE_LIMIT)
public record RequestSizeLimitFilter(EdgeProperties properties) implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long limit = properties.maxRequestBody().toBytes();
        ServerHttpRequest request = exchange.getRequest();
        long declared = request.getHeaders().getContentLength();
        if (declared > limit) {
            return Mono.error(new RequestTooLarge(properties.maxRequestBody()));
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        ServerHttpRequest counted = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                AtomicLong seen = new AtomicLong();
                return super.getBody().handle((buffer, sink) -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > limit) {
                        DataBufferUtils.release(buffer);
                        sink.error(new RequestTooLarge(properties.maxRequestBody()));
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build());
    }
}
