/**
 * The chronology of one case as a PDF in Dutch, for the police, a transfer to another school or the board's complaint
 * procedure: the facts of the case as its timeline holds them (codes, never free text), the people by a number unless
 * the school leader shares their references, and the export itself recorded in the audit trail before it is served.
 */
package nl.schoolboard.sexting.caseservice.chronology;
