/**
 * The write side of an incident case: the commands, and the aggregate that decides on them. Beside the commands, as
 * in AxonIQ's giftcard-demo, because a newcomer reads a command and the handler that takes it together.
 *
 * <p>A command passes, in this order:</p>
 * <ol>
 *   <li>{@link nl.schoolboard.sexting.caseservice.incident.command.CaseReach}: may the caller reach the case (its
 *       board, their schools)? Otherwise 404, as if the case did not exist.</li>
 *   <li>{@link nl.schoolboard.sexting.caseservice.incident.command.FieldRulesFirst}: are the command's own fields
 *       right ({@link nl.schoolboard.sexting.caseservice.incident.command.ValidatedCommand#checkFields})? Otherwise
 *       400, naming every field.</li>
 *   <li>{@link nl.schoolboard.sexting.caseservice.incident.command.IncidentCase}: the protocol, in the case's present
 *       state, asked of small named rules ({@link nl.schoolboard.sexting.caseservice.incident.command.ProtocolRule}
 *       and its records, e.g. {@code OffenceMustBeExplained}); otherwise 409 with the rule's code.</li>
 * </ol>
 *
 * <p>No sentence for people is written here: a refusal is a
 * {@link nl.schoolboard.sexting.caseservice.incident.command.RuleCode} with parameters, worded by the web layer from
 * {@code messages/rules.properties}. The events are in {@code incident.event}, the values in {@code incident.model}.</p>
 */
package nl.schoolboard.sexting.caseservice.incident.command;
