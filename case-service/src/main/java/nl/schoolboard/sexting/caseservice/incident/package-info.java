/**
 * One sexting incident, handled by the protocol. The packages depend one way only (the architecture test keeps it):
 * {@code web} → {@code aggregate} (the case and the gates in front of it) → {@code protocol} (the case file and its
 * rules) → {@code command} (what people ask, with its field rules) → {@code refusal} (codes) → {@code event},
 * {@code model} (what is stored). The read side ({@code query}) and the {@code deadline} watch read the same
 * {@code protocol.CaseFile} and never the aggregate.
 */
package nl.schoolboard.sexting.caseservice.incident;
