/**
 * The letters parents get as PDF with their mail: the invitation to a conversation and the school's decision on a
 * measure. Written from codes, dates and the school's own contact (never free text from a case, never a pupil's name
 * or number: a letter speaks of "your child"), Dutch first, laid out by platform's {@code PdfDocument}.
 */
package nl.schoolboard.sexting.notification.letters;
