/**
 * The trace id as the one id of an action: Micrometer Tracing propagates the W3C trace context over HTTP and Kafka,
 * this package reads its id for the response header, the actor of a request and the envelopes of published events.
 */
package nl.schoolboard.sexting.platform.tracing;
