/**
 * The people in a case as the law and the protocol see them: what each person did and what was done to them
 * ({@link nl.schoolboard.sexting.caseservice.incident.people.PersonFacts}), and the assessment derived from those
 * facts ({@link nl.schoolboard.sexting.caseservice.incident.people.Assessment}): who is a victim, who is suspected of
 * an offence, who acted within the peer exception of art. 252 Sr (formerly 240b), whether the police must be involved, and which
 * tracks that opens. Pure code lists and functions; the legal sources are in docs/domain.md.
 */
package nl.schoolboard.sexting.caseservice.incident.people;
