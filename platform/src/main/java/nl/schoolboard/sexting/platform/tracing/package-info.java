/** One correlation id per action, over HTTP, in the logs and over Kafka. */
package nl.schoolboard.sexting.platform.tracing;
