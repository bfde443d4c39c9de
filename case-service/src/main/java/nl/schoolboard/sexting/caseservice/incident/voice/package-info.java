/**
 * The victim's voice in a case, and the care around it: what the victim and the parents want in the police decision
 * and in the class discussion ({@link nl.schoolboard.sexting.caseservice.incident.voice.ReportWish},
 * {@link nl.schoolboard.sexting.caseservice.incident.voice.DiscussionWish}), where the image was reported to be taken
 * down ({@link nl.schoolboard.sexting.caseservice.incident.voice.TakedownChannel}) and with what outcome. Codes only:
 * what someone said in their own words stays in an encrypted text of the case, never on a published event.
 */
package nl.schoolboard.sexting.caseservice.incident.voice;
