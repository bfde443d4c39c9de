import enMessages from './messages/en.json';
import nlMessages from './messages/nl.json';

// The texts of the case desk are data, one message file per language (messages/nl.json first, messages/en.json),
// in the nested JSON that i18next and translation tools read and write. Codes from the API are translated under
// `codes`; the words of the briefing page, the board's figures and the chronology export under `reach`.
//
// Dutch sets the key set: English is typed as Dutch's shape, so a key missing in en.json is a compile error here,
// and completeness.test.ts fails on a missing or extra key, an empty text, a placeholder that differs, or a code a
// form offers without Dutch words.

/** The keys every language must have, each a string. */
export type Messages = typeof nlMessages;

export const nl: Messages = nlMessages;
export const en: Messages = enMessages;
