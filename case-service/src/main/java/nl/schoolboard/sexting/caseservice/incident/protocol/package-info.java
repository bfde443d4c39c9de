/**
 * The protocol in a case's present state: {@link nl.schoolboard.sexting.caseservice.incident.protocol.CaseFile}, what
 * the case's facts add up to, and the small named rules that read it
 * ({@link nl.schoolboard.sexting.caseservice.incident.protocol.ProtocolRule}), with the board's deadline policy. The
 * fold lives beside the rules so that rules, the aggregate and the read side all see one fold, and nothing here
 * depends on the aggregate or on Axon: a rule is tested by folding facts and asking it.
 */
package nl.schoolboard.sexting.caseservice.incident.protocol;
