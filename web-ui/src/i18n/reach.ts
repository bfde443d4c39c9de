// The words of the briefing page, the board's figures and the chronology export: kept apart from nl.ts/en.ts so
// that these pages' words are read together; merged into the dictionaries under `reach` (see index.ts).

export const reachNl = {
  briefing: {
    title: 'Briefing voor het team',
    intro: 'Wat de schoolleiding voor u heeft klaargezet over een incident op school. Het is alleen voor u bedoeld: bespreek het alleen zoals met de schoolleiding is afgesproken.',
    briefedAt: 'Klaargezet op {{at}}',
    namesShared: 'De schoolleiding heeft besloten namen te delen.',
    classDiscussion: 'Afgesproken over de klas',
    youLead: 'U leidt dit gesprek in de klas.',
    notFound: 'Er is geen briefing voor u bij deze melding.',
    toInbox: 'Naar uw berichten',
    read: 'Briefing lezen',
  },
  figures: {
    perSchoolPerYear: 'Meldingen per school per schooljaar',
    schoolYear: 'Schooljaar',
    rounding: 'Alle aantallen zijn afgerond op een veelvoud van {{base}}; totalen zijn opgeteld uit die afgeronde aantallen. Zo is geen klein aantal terug te rekenen tot een leerling.',
    downloadCsv: 'Cijfers downloaden (CSV)',
    downloading: 'Bezig met downloaden…',
  },
  chronology: {
    title: 'Chronologie exporteren',
    intro: 'Een PDF met wat er in dit dossier is gedaan en wanneer, in codes, zonder vrije tekst. Elke export wordt vastgelegd in het logboek.',
    purpose: 'Waarvoor',
    POLICE: 'voor de politie',
    TRANSFER: 'voor de overdracht aan een andere school',
    COMPLAINT: 'voor de klachtenprocedure',
    shareReferences: 'Leerlingnummers delen (besluit van de schoolleider)',
    export: 'PDF maken',
    busy: 'Bezig met de PDF…',
  },
};

export const reachEn: typeof reachNl = {
  briefing: {
    title: 'Briefing for the team',
    intro: 'What the school leadership prepared for you about an incident at school. It is meant for you only: discuss it only as agreed with the school leadership.',
    briefedAt: 'Prepared on {{at}}',
    namesShared: 'The school leadership decided to share names.',
    classDiscussion: 'Agreed about the class',
    youLead: 'You lead this conversation in class.',
    notFound: 'There is no briefing for you about this report.',
    toInbox: 'To your messages',
    read: 'Read the briefing',
  },
  figures: {
    perSchoolPerYear: 'Reports per school per school year',
    schoolYear: 'School year',
    rounding: 'Every count is rounded to a multiple of {{base}}; totals are added up from those rounded counts. So no small number can be traced back to a pupil.',
    downloadCsv: 'Download the figures (CSV)',
    downloading: 'Downloading…',
  },
  chronology: {
    title: 'Export the chronology',
    intro: 'A PDF of what was done in this case and when, in codes, without free text. Every export is recorded in the log.',
    purpose: 'What for',
    POLICE: 'for the police',
    TRANSFER: 'for the transfer to another school',
    COMPLAINT: 'for the complaint procedure',
    shareReferences: "Share pupils' numbers (the school leader's decision)",
    export: 'Make the PDF',
    busy: 'Making the PDF…',
  },
};

/** Saves a file the API made under the given name. */
export function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
