/**
 * What people ask of a case: one record per command, each with the rules for its own fields
 * ({@link nl.schoolboard.sexting.caseservice.incident.command.ValidatedCommand}), and
 * {@link nl.schoolboard.sexting.caseservice.incident.command.FieldRulesFirst}, which runs those rules on the command
 * bus before any case is loaded. Field rules need nothing of a case, so this package knows no case: it depends only
 * on the vocabulary ({@code model}, {@code event}) and on {@code refusal} for the codes it refuses with.
 */
package nl.schoolboard.sexting.caseservice.incident.command;
