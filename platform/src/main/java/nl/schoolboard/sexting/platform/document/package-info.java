/**
 * Documents the services hand to people outside the app (a letter to parents, a case chronology for the police), as
 * PDF written with Apache PDFBox: a title, headings, paragraphs and label/value lines, wrapped to the page, with the
 * page number in the footer. A service describes what a document says; this package only lays it out.
 */
package nl.schoolboard.sexting.platform.document;
