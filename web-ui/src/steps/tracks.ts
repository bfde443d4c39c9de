import type { CaseView, ChecklistLine, TimelineEntry } from '../api/types';

// What a care coordinator reads off a case besides the checklist: which tracks the law opened (and their steps in
// order), and what the victim and the parents said they wanted next to what the school decided. Pure: the case page
// renders it, the tests check it.

export type TrackCode = 'SEXTORTION' | 'REPORTING_DUTY' | 'MELDCODE' | 'SUSPENSION' | 'EXPULSION' | 'AFTERCARE';

interface TrackDef {
  track: TrackCode;
  /** the checklist lines of the track, in the order the law asks them */
  steps: string[];
  /** the line whose applying means the track is open */
  opensWith: string;
  /** due "at once": counted in hours, not school days */
  inHours: boolean;
}

const TRACKS: TrackDef[] = [
  { track: 'SEXTORTION', steps: ['POLICE_CONTACT', 'SEXTORTION_ADVICE'], opensWith: 'SEXTORTION_ADVICE', inHours: true },
  {
    track: 'REPORTING_DUTY', opensWith: 'BOARD_INFORMED', inHours: true,
    steps: ['BOARD_INFORMED', 'CONFIDENTIAL_INSPECTOR_CONSULTED', 'AANGIFTE_ANNOUNCED', 'AANGIFTE_DECISION'],
  },
  { track: 'MELDCODE', steps: ['MELDCODE'], opensWith: 'MELDCODE', inHours: false },
  { track: 'SUSPENSION', steps: ['SUSPENSION_FORMALITIES'], opensWith: 'SUSPENSION_FORMALITIES', inHours: false },
  { track: 'EXPULSION', steps: ['EXPULSION_PROCEDURE'], opensWith: 'EXPULSION_PROCEDURE', inHours: false },
  { track: 'AFTERCARE', steps: ['AFTERCARE'], opensWith: 'AFTERCARE', inHours: false },
];

export interface Track {
  track: TrackCode;
  inHours: boolean;
  /** its applying checklist lines in the law's order */
  lines: ChecklistLine[];
  /** some line still waits */
  open: boolean;
}

const applies = (line: ChecklistLine | undefined): line is ChecklistLine =>
  line !== undefined && line.state !== 'NOT_APPLICABLE';

/** The tracks this case is on, open ones first, each with its steps in order. */
export function tracksOf(view: CaseView): Track[] {
  const byStep = new Map(view.checklist.map((l) => [l.step, l]));
  return TRACKS
    .filter((def) => applies(byStep.get(def.opensWith)))
    .map((def) => {
      const lines = def.steps.map((s) => byStep.get(s)).filter(applies);
      return { track: def.track, inHours: def.inHours, lines, open: lines.some((l) => l.state === 'OPEN') };
    })
    .sort((a, b) => Number(b.open) - Number(a.open));
}

/** Whole hours from `now` until `dueAt` (negative once it passed). */
export function hoursUntil(dueAt: string, now: Date): number {
  return Math.floor((new Date(dueAt).getTime() - now.getTime()) / 3_600_000);
}

/** A suspension or expulsion as the timeline tells it: who, which, from and until (days, when given). */
export interface SanctionNoted {
  person: string;
  kind: string;
  from: string | null;
  until: string | null;
}

/** A decision and what the victim and the parents wished, as codes. */
export interface DecisionWithWishes {
  decision: string;
  victimWish: string | null;
  parentsWish: string | null;
}

/** What the victim and the parents wanted, next to what the school decided; the latest of each, codes only. */
export interface VictimsVoice {
  police: DecisionWithWishes | null;
  classDiscussion: DecisionWithWishes | null;
  aftercarePlanned: number;
  aftercareHeld: number;
  bystandersSpokenTo: number;
  takedown: { reportedTo: string; outcome: string } | null;
  sanctions: SanctionNoted[];
}

/** The sanctions that bring formalities or a procedure with them. */
const FORMAL_SANCTIONS = ['SUSPENSION', 'EXPULSION'];

/** Reads the victim's voice off the timeline (its summaries hold codes only, never what was said). */
export function voiceOf(entries: TimelineEntry[]): VictimsVoice {
  const voice: VictimsVoice = {
    police: null, classDiscussion: null, aftercarePlanned: 0, aftercareHeld: 0, bystandersSpokenTo: 0, takedown: null,
    sanctions: [],
  };
  for (const { type, summary: s } of entries) {
    switch (type) {
      case 'PoliceContacted':
        voice.police = { decision: s.decision, victimWish: s.victimWish ?? null, parentsWish: s.parentsWish ?? null };
        break;
      case 'TeamBriefed':
        voice.classDiscussion = { decision: s.classDiscussion, victimWish: s.victimWish ?? null, parentsWish: s.parentsWish ?? null };
        break;
      case 'AftercarePlanned':
        voice.aftercarePlanned += Number(s.conversationsPlanned ?? 0);
        break;
      case 'AftercareConversationHeld':
        voice.aftercareHeld += 1;
        break;
      case 'BystanderSpokenTo':
        voice.bystandersSpokenTo += 1;
        break;
      case 'TakedownRequested':
        voice.takedown = { reportedTo: s.reportedTo, outcome: s.outcome };
        break;
      case 'SanctionImposed':
        if (FORMAL_SANCTIONS.includes(s.kind)) {
          voice.sanctions.push({ person: s.person, kind: s.kind, from: s.from ?? null, until: s.until ?? null });
        }
        break;
      default:
    }
  }
  return voice;
}
