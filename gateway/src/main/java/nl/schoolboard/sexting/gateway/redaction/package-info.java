/** What the gateway takes out of the text it logs: credentials that travel in a path (the calendar feed's token). */
package nl.schoolboard.sexting.gateway.redaction;
