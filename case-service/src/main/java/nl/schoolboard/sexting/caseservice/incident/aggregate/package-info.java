/**
 * The case itself ({@link nl.schoolboard.sexting.caseservice.incident.aggregate.IncidentCase}), Axon's event-sourced
 * aggregate, and the gates in front of it. At the top of the write side: it depends on the commands, the protocol and
 * the refusals, and nothing below depends on it, so it can change its handlers without touching a rule.
 *
 * <p>A command passes, in this order:</p>
 * <ol>
 *   <li>{@link nl.schoolboard.sexting.caseservice.incident.aggregate.CaseReach}: may the caller reach the case (its
 *       board, their schools)? Otherwise 404, as if the case did not exist.</li>
 *   <li>{@link nl.schoolboard.sexting.caseservice.incident.command.FieldRulesFirst}: are the command's own fields
 *       right? Otherwise 400, naming every field.</li>
 *   <li>{@link nl.schoolboard.sexting.caseservice.incident.aggregate.IncidentCase}: the protocol, in the case's
 *       present state, asked of small named rules
 *       ({@link nl.schoolboard.sexting.caseservice.incident.protocol.ProtocolRule}); otherwise 409 with the rule's
 *       code ({@link nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode}), worded when the problem is written, from
 *       {@code messages_nl.properties} / {@code messages_en.properties} in the caller's language.</li>
 * </ol>
 */
package nl.schoolboard.sexting.caseservice.incident.aggregate;
