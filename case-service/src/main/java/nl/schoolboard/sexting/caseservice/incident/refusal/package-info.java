/**
 * Every way the case service says no, as a stable code with parameters
 * ({@link nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode}) and the exceptions that carry it: 400 for a
 * field, 404 for a case out of reach, 409 for the protocol. Its own package at the bottom because every layer refuses
 * (field rules, protocol rules, query parameters, audit), and the web layer words all refusals in one place; it holds
 * no logic and depends on nothing but {@code model}.
 */
package nl.schoolboard.sexting.caseservice.incident.refusal;
