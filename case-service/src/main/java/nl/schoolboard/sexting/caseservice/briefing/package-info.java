/**
 * The team briefing as its readers get it: each staff member the school leader briefed reads the summary written for
 * the team (in the app, from the inbox item or the mail's link), and nobody else does.
 */
package nl.schoolboard.sexting.caseservice.briefing;
