package nl.schoolboard.sexting.gateway.edge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits at the edge.
 *
 * @param maxRequestBody the largest request body the gateway passes on ({@code gateway.max-request-body},
 *                       default 256KB); larger ones are answered with 413
 */
@ConfigurationProperties("gateway")
public record EdgeProperties(@DefaultValue("256KB") DataSize maxRequestBody) {
}
