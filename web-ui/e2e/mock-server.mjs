// A stand-in for the whole system, for looking at the UI without it: serves the built UI (as the gateway will, with
// the gateway's Content-Security-Policy and the fallback to index.html), a small OIDC issuer on a second port (login
// form, authorization code with PKCE S256, tokens with the claims of the dev issuer), and the case, notification,
// audit and prevention APIs in memory, with their JSON shapes, problem+json errors and access rules as documented.
// A copy in miniature: the real rules live in the services. Used by `npm run e2e:mock` and `npm run mock`.
//
//   node e2e/mock-server.mjs [--port 8090] [--issuer-port 9090]

import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const DIST = join(here, '..', 'target', 'classes', 'META-INF', 'resources');
const TYPE_BASE = 'https://sexting-protocol.example/problems/';
/** How long the "projection" lags behind a command, as the real one may. */
const PROJECTION_LAG_MS = 400;

export const USERS = [
  { username: 'demo-leader', sub: 'demo-leader-noord-1', name: 'Demo Schoolleider Noord', board: 'demo-board', schools: ['school-noord'], roles: ['SCHOOL_LEADER'] },
  { username: 'demo-care', sub: 'demo-care-noord-1', name: 'Demo Zorgcoordinator Noord', board: 'demo-board', schools: ['school-noord'], roles: ['CARE_COORDINATOR'] },
  { username: 'demo-counsellor', sub: 'demo-counsellor-noord-1', name: 'Demo Vertrouwenspersoon Noord', board: 'demo-board', schools: ['school-noord'], roles: ['CONFIDENTIAL_COUNSELLOR'] },
  { username: 'demo-team', sub: 'demo-team-noord-1', name: 'Demo Teamlid Noord', board: 'demo-board', schools: ['school-noord'], roles: ['TEAM_MEMBER'] },
  { username: 'demo-leader-zuid', sub: 'demo-leader-zuid-1', name: 'Demo Schoolleider Zuid', board: 'demo-board', schools: ['school-zuid'], roles: ['SCHOOL_LEADER'] },
  { username: 'demo-admin', sub: 'demo-admin-board-1', name: 'Demo Bestuursmedewerker', board: 'demo-board', schools: [], roles: ['BOARD_ADMINISTRATOR'] },
  { username: 'demo-auditor', sub: 'demo-auditor-board-1', name: 'Demo Auditor', board: 'demo-board', schools: [], roles: ['AUDITOR'] },
];

const b64url = (data) => Buffer.from(data).toString('base64url');
const jwt = (claims) => `${b64url(JSON.stringify({ alg: 'RS256', kid: 'mock', typ: 'JWT' }))}.${b64url(JSON.stringify(claims))}.${b64url('mock-signature')}`;

function readJwt(token) {
  try {
    return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
  } catch {
    return null;
  }
}

function problem(res, status, type, title, detail, extra = {}) {
  send(res, status, { type: TYPE_BASE + type, title, status, detail, ...extra }, 'application/problem+json');
}

function send(res, status, body, type = 'application/json', headers = {}) {
  res.writeHead(status, { 'Content-Type': type, ...headers });
  res.end(body === undefined ? '' : typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body));
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

// ---- the data ------------------------------------------------------------------------------------------------------

const PERPETRATOR = ['SENDER', 'FORWARDER'];
const cases = new Map(); // caseId -> { state, projected, timeline, idempotency }
const audit = [];
const deliveries = [];
const inbox = [];
const activities = [];

function addAudit(entry) {
  const previous = audit.at(-1);
  const seq = audit.length + 1;
  const base = { id: `demo-board:${seq}`, boardId: 'demo-board', seq, sourceId: randomUUID(), details: {}, ...entry };
  const previousHash = previous ? previous.hash : '0'.repeat(64);
  const hash = createHash('sha256').update(previousHash + JSON.stringify(base)).digest('hex');
  audit.push({ ...base, previousHash, hash });
}

function checklistFor(c) {
  const perpetrators = c.people.some((p) => PERPETRATOR.includes(p.role));
  const due = (days) => new Date(new Date(c.cameToLightAt).getTime() + days * 86400000).toISOString();
  return [
    ['VICTIM_CONVERSATION', true, due(1)],
    ['PERPETRATOR_CONVERSATIONS', perpetrators, due(2)],
    ['SANCTIONS', perpetrators, due(5)],
    ['POLICE_CONTACT', c.minorNudeInvolved, due(1)],
    ['REPORTING_OPTION_EXPLAINED', true, due(3)],
    ['EVIDENCE_LOCATION', true, due(2)],
    ['DISTRIBUTION_BAN', true, due(1)],
    ['TEAM_BRIEFING', true, due(5)],
    ['PRESS_READINESS', false, null],
  ].map(([step, required, dueAt]) => ({
    step, required, state: step.startsWith('PERPETRATOR') || step === 'SANCTIONS' ? (perpetrators ? 'OPEN' : 'NOT_APPLICABLE') : 'OPEN',
    dueAt, overdue: false, reason: null,
  }));
}

function summaryOf(c) {
  return {
    caseId: c.caseId, schoolId: c.schoolId, status: c.status, outcome: c.outcome, cameToLightAt: c.cameToLightAt,
    reportedAt: c.reportedAt, materialKind: c.materialKind, minorNudeInvolved: c.minorNudeInvolved, overdue: c.overdue,
    nextDueAt: c.nextDueAt, closedAt: c.closedAt, version: c.version,
  };
}

function refresh(c) {
  const now = Date.now();
  for (const line of c.checklist) {
    if (line.state === 'OPEN' && line.dueAt && new Date(line.dueAt).getTime() < now && c.status === 'OPEN') line.overdue = true;
  }
  c.overdue = c.status === 'OPEN' && c.checklist.some((l) => l.overdue && l.state === 'OPEN');
  const open = c.checklist.filter((l) => l.state === 'OPEN' && l.dueAt).map((l) => l.dueAt).sort();
  c.nextDueAt = c.status === 'OPEN' ? open[0] ?? null : null;
}

function record(entry, type, actor, occurredAt, summary = {}) {
  entry.state.version += 1;
  entry.state.lastRecordedAt = new Date().toISOString();
  refresh(entry.state);
  entry.timeline.push({
    eventId: randomUUID(), caseId: entry.state.caseId, boardId: entry.state.boardId, sequence: entry.state.version, type,
    occurredAt, recordedAt: new Date().toISOString(), actorId: actor?.sub ?? null, actorRole: actor?.roles[0] ?? null, summary,
  });
  addAudit({ kind: 'CASE_STEP', type, caseId: entry.state.caseId, schoolId: entry.state.schoolId,
    actorId: actor?.sub ?? null, actorRole: actor?.roles[0] ?? null, occurredAt, recordedAt: new Date().toISOString(),
    details: summary });
  const snapshot = structuredClone(entry.state);
  const lag = entry.projected ? PROJECTION_LAG_MS : PROJECTION_LAG_MS * 2;
  setTimeout(() => {
    if (!entry.projected || entry.projected.version < snapshot.version) entry.projected = snapshot;
  }, lag);
}

function createCase({ caseId, schoolId, cameToLightAt, cameToLightHow, materialKind, platforms, minorNudeInvolved, pupils, yearGroups }, actor, instant = false) {
  const state = {
    caseId, boardId: 'demo-board', schoolId, status: 'OPEN', outcome: null, cameToLightAt, cameToLightHow,
    reportedAt: new Date().toISOString(), reportedBy: actor.sub, materialKind, platforms, minorNudeInvolved,
    yearGroups, people: pupils.map((p) => ({ ref: p.pupilRef, kind: 'PUPIL', role: p.role })), reportingDutyTrack: false,
    checklist: [], overdue: false, nextDueAt: null, closedAt: null, lastRecordedAt: null, version: -1,
  };
  state.checklist = checklistFor(state);
  const entry = { state, projected: null, timeline: [], idempotency: new Map() };
  cases.set(caseId, entry);
  record(entry, 'IncidentReported', actor, cameToLightAt, { cameToLightHow, materialKind, minorNudeInvolved: String(minorNudeInvolved) });
  record(entry, 'DeadlinesSet', null, cameToLightAt, {});
  if (instant) entry.projected = structuredClone(state);
  for (const user of USERS.filter((u) => u.board === 'demo-board' && u.schools.includes(schoolId)
    && ['SCHOOL_LEADER', 'CARE_COORDINATOR'].includes(u.roles[0]))) {
    deliver(state, 'IncidentReported', 'INCIDENT_REPORTED', user.roles[0], user.sub, 'INBOX',
      'Nieuw incident gemeld', `Er is een sextingincident gemeld op ${schoolId}. Open de zaak voor de stappen van het protocol.`);
  }
  return entry;
}

function deliver(state, eventType, messageKind, recipientKind, recipientRef, channel, subject, body) {
  const at = new Date().toISOString();
  deliveries.push({ caseId: state.caseId, eventType, messageKind, recipientKind, recipientRef, channel, status: 'SENT',
    at, attempts: 1, createdAt: at, sentAt: at, failedAt: null, mergedAt: null });
  if (channel === 'INBOX' && recipientRef) {
    inbox.push({ itemId: randomUUID(), staffRef: recipientRef, caseId: state.caseId, kind: messageKind, subject, body,
      link: `/cases/${state.caseId}`, createdAt: at, read: false, readAt: null });
  }
  addAudit({ kind: 'NOTIFICATION', type: messageKind, caseId: state.caseId, schoolId: state.schoolId, actorId: null,
    actorRole: null, occurredAt: at, recordedAt: at, details: { recipientKind, channel, status: 'SENT' } });
}

function seed() {
  const leader = USERS[0];
  const zuid = USERS[4];
  const daysAgo = (n, h = 9) => new Date(Date.now() - n * 86400000 + (h - 12) * 3600000).toISOString();
  const a = createCase({ caseId: '3f2a9c1e-0b1d-4c55-9a77-5e1f0c2d8a01', schoolId: 'school-noord', cameToLightAt: daysAgo(40),
    cameToLightHow: 'PUPIL_TOLD_STAFF', materialKind: 'PHOTO', platforms: ['SNAPCHAT'], minorNudeInvolved: true,
    pupils: [{ pupilRef: 'L-1041', role: 'VICTIM' }, { pupilRef: 'L-1077', role: 'SENDER' }], yearGroups: ['2'] }, leader, true);
  for (const [path, body] of [['victim-conversation', { victim: 'L-1041', parentsPresent: true }],
    ['police-contact', { decision: 'MELDING', decidedByRole: 'SCHOOL_LEADER', victimWish: 'WANTS_REPORT', parentsWish: 'WANTS_REPORT' }],
    ['distribution-ban', { scope: 'YEAR_GROUP', sanctionAnnounced: true }]]) {
    applyStep(a, path, { occurredAt: daysAgo(39), ...body }, leader);
  }
  a.projected = structuredClone(a.state);
  const b = createCase({ caseId: '8c41d7e2-5a90-4f1b-b3c6-2d7e9f0a1b02', schoolId: 'school-noord', cameToLightAt: daysAgo(75),
    cameToLightHow: 'PARENT_TOLD_SCHOOL', materialKind: 'VIDEO', platforms: ['WHATSAPP', 'INSTAGRAM'], minorNudeInvolved: false,
    pupils: [{ pupilRef: 'L-0988', role: 'VICTIM' }], yearGroups: ['4'] }, leader, true);
  for (const [path, body] of [['victim-conversation', { victim: 'L-0988' }], ['reporting-option', { parentsInformed: true }],
    ['evidence-location', { location: 'WITH_VICTIM' }], ['distribution-ban', { scope: 'CLASS' }],
    ['team-briefing', { staff: ['demo-team-noord-1'], sharedSummary: 'Er speelt een incident in leerjaar 4', classDiscussion: 'MENTOR_CONVERSATION', discussionLead: 'demo-team-noord-1' }],
    ['guardians-informed', { pupil: 'L-0988', fact: 'MEASURES_TAKEN' }],
    ['close', { outcome: 'RESOLVED', evaluation: 'Afgehandeld met ouders' }]]) {
    applyStep(b, path, { occurredAt: daysAgo(70), ...body }, leader);
  }
  b.projected = structuredClone(b.state);
  createCase({ caseId: 'b7e0f3a4-9c2d-4e6f-8a1b-3c5d7e9f1a03', schoolId: 'school-zuid', cameToLightAt: daysAgo(12),
    cameToLightHow: 'ANONYMOUS_TIP', materialKind: 'PHOTO', platforms: ['TIKTOK'], minorNudeInvolved: false,
    pupils: [{ pupilRef: 'Z-2201', role: 'VICTIM' }], yearGroups: ['3'] }, zuid, true);
  const year = schoolYear();
  const activity = (id, schoolId, kind, status, dueBy, extra = {}) => activities.push({
    id, kind, title: { MEDIA_LITERACY_LESSON: 'Les mediawijsheid: beelden versturen en doorsturen', PARENT_EVENING: 'Ouderavond over online gedrag',
      POLICY_REVIEW: 'Herziening social-mediabeleid', WHOM_TO_TURN_TO_ACTION: 'Actie: bij wie kun je terecht?' }[kind],
    status, boardId: 'demo-board', schoolId, yearGroups: ['2'], dueBy, reason: 'INCIDENT', sourceCaseId: extra.sourceCaseId ?? null,
    promptedByCaseId: null, date: extra.date ?? null, startTime: extra.date ? '19:30:00' : null, endTime: extra.date ? '21:00:00' : null,
    location: extra.date ? 'Aula' : null, ledBy: extra.date ? 'zorgcoördinator' : null, attendance: status === 'DONE' ? 84 : null,
    cancellationReason: null, plannedAt: daysAgo(39), version: 1, history: [] });
  activity('act-1', 'school-noord', 'MEDIA_LITERACY_LESSON', 'DONE', `${year.first}-10-10`, { sourceCaseId: a.state.caseId, date: `${year.first}-10-08` });
  activity('act-2', 'school-noord', 'PARENT_EVENING', 'SCHEDULED', `${year.first}-12-12`, { sourceCaseId: a.state.caseId, date: `${year.first}-12-04` });
  activity('act-3', 'school-noord', 'WHOM_TO_TURN_TO_ACTION', 'DONE', `${year.first}-09-20`);
  activity('act-4', 'school-zuid', 'POLICY_REVIEW', 'PLANNED', `${year.second}-02-14`);
}

function schoolYear(now = new Date()) {
  const first = now.getUTCMonth() >= 7 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
  return { first, second: first + 1, text: `${first}-${first + 1}` };
}

// ---- the case API --------------------------------------------------------------------------------------------------

const LEADER = ['SCHOOL_LEADER'];
const CASE_WORKERS = ['SCHOOL_LEADER', 'CARE_COORDINATOR', 'CONFIDENTIAL_COUNSELLOR'];
const STEP_RULES = {
  people: { roles: CASE_WORKERS, required: ['person', 'kind', 'role'] },
  'role-changes': { roles: CASE_WORKERS, required: ['person', 'role'] },
  'victim-conversation': { roles: CASE_WORKERS, required: ['victim'], line: 'VICTIM_CONVERSATION', event: 'VictimInterviewed' },
  support: { roles: CASE_WORKERS, required: ['recipient', 'kind'], event: 'SupportArranged' },
  'perpetrator-conversations': { roles: CASE_WORKERS, required: ['person'], line: 'PERPETRATOR_CONVERSATIONS', event: 'PerpetratorInterviewed' },
  sanctions: { roles: LEADER, required: ['person', 'kind', 'reason'], line: 'SANCTIONS', event: 'SanctionImposed' },
  'police-contact': { roles: LEADER, required: ['decision', 'decidedByRole', 'victimWish', 'parentsWish'], line: 'POLICE_CONTACT', event: 'PoliceContacted' },
  'reporting-option': { roles: CASE_WORKERS, required: [], line: 'REPORTING_OPTION_EXPLAINED', event: 'VictimInformedOfReportingOption' },
  'evidence-location': { roles: CASE_WORKERS, required: ['location'], line: 'EVIDENCE_LOCATION', event: 'EvidenceSecured' },
  'distribution-ban': { roles: LEADER, required: ['scope'], line: 'DISTRIBUTION_BAN', event: 'DistributionBanIssued' },
  'further-distribution': { roles: CASE_WORKERS, required: ['person'], event: 'FurtherDistributionReported' },
  'bystander-conversations': { roles: CASE_WORKERS, required: ['bystander'], event: 'BystanderSpokenTo' },
  takedown: { roles: CASE_WORKERS, required: ['reportedTo', 'outcome'], event: 'TakedownRequested' },
  'aftercare-conversations': { roles: CASE_WORKERS, required: ['victim'], event: 'AftercareConversationHeld' },
  'team-briefing': { roles: LEADER, required: ['staff', 'sharedSummary', 'classDiscussion'], line: 'TEAM_BRIEFING', event: 'TeamBriefed' },
  spokesperson: { roles: LEADER, required: ['staffMember'], event: 'SpokespersonAppointed' },
  'press-statement': { roles: LEADER, required: ['text', 'approvedByRole'], line: 'PRESS_READINESS', event: 'PressStatementPrepared' },
  'guardians-informed': { roles: CASE_WORKERS, required: ['pupil', 'fact'], event: 'GuardiansInformed' },
  'skipped-steps': { roles: LEADER, required: ['step', 'reason'], event: 'StepSkipped' },
  'board-informed': { roles: LEADER, required: [], event: 'BoardInformed' },
  'confidential-inspector-consulted': { roles: LEADER, required: [], event: 'ConfidentialInspectorConsulted' },
  'aangifte-decision': { roles: LEADER, required: ['reason'], event: 'AangifteDecided' },
  close: { roles: LEADER, required: ['outcome'], event: 'CaseClosed' },
  reopen: { roles: LEADER, required: ['reason'], event: 'CaseReopened' },
  'access-grants': { roles: LEADER, required: ['grantee', 'until'], event: 'CaseAccessGranted' },
};

class Problem extends Error {
  constructor(status, type, title, detail, extra = {}) {
    super(detail);
    Object.assign(this, { status, type, title, detail, extra });
  }
}

const invalid = (errors) => new Problem(400, 'invalid-fields', 'Some fields need attention',
  'Nothing was saved. ' + errors.map((e) => e.message).join(' '), { errors });

function requireFields(body, names) {
  const errors = names.filter((n) => body[n] === undefined || body[n] === null || body[n] === ''
    || (Array.isArray(body[n]) && body[n].length === 0))
    .map((field) => ({ field, message: `Say ${field}.` }));
  if (body.occurredAt === undefined) errors.unshift({ field: 'occurredAt', message: 'Say when it happened.' });
  else if (new Date(body.occurredAt).getTime() > Date.now() + 60000) {
    errors.unshift({ field: 'occurredAt', message: 'When it happened cannot lie in the future.' });
  }
  for (const [field, value] of Object.entries(body)) {
    if (typeof value === 'string' && /^data:|iVBORw0KGgo|\/9j\/4/.test(value)) {
      errors.push({ field, code: 'text-holds-image-data', message: 'Deze tekst bevat beeldmateriaal. De school mag beelden nooit bewaren of doorsturen: het bezit van een seksueel beeld van een minderjarige is zelf strafbaar.' });
    }
  }
  if (errors.length > 0) throw invalid(errors);
}

function applyStep(entry, path, body, actor) {
  const c = entry.state;
  const rule = STEP_RULES[path];
  if (c.status === 'CLOSED' && path !== 'reopen') {
    throw new Problem(409, 'protocol/case-closed', 'The protocol does not allow this now', 'The case is closed: reopen it first.');
  }
  if (c.status === 'OPEN' && path === 'reopen') {
    throw new Problem(409, 'protocol/case-open', 'The protocol does not allow this now', 'The case is open.');
  }
  requireFields(body, rule.required);
  const line = (step) => c.checklist.find((l) => l.step === step);
  const setDone = (step) => { const l = line(step); if (l && l.state !== 'NOT_APPLICABLE') { l.state = 'DONE'; l.overdue = false; } };
  const person = (ref) => c.people.find((p) => p.ref === ref);
  switch (path) {
    case 'people':
      if (person(body.person)) throw invalid([{ field: 'person', message: 'This person is already in the case.' }]);
      c.people.push({ ref: body.person, kind: body.kind, role: body.role });
      c.checklist = mergeChecklist(c);
      return record(entry, 'PersonLinked', actor, body.occurredAt, { person: body.person, kind: body.kind, role: body.role });
    case 'role-changes':
      if (!person(body.person)) throw invalid([{ field: 'person', message: `${body.person} is not in this case.` }]);
      person(body.person).role = body.role;
      c.checklist = mergeChecklist(c);
      return record(entry, 'PersonRoleChanged', actor, body.occurredAt, { person: body.person, role: body.role });
    case 'victim-conversation':
      if (person(body.victim)?.role !== 'VICTIM') throw invalid([{ field: 'victim', message: `${body.victim} is not a victim in this case.` }]);
      break;
    case 'perpetrator-conversations':
    case 'sanctions':
      if (!PERPETRATOR.includes(person(body.person)?.role)) {
        throw new Problem(409, 'protocol/not-a-perpetrator', 'The protocol does not allow this now',
          `${body.person} is not in a perpetrator role in this case.`);
      }
      if (path === 'perpetrator-conversations' && c.minorNudeInvolved && body.offenceExplained !== true) {
        throw new Problem(409, 'protocol/offence-must-be-explained', 'The protocol does not allow this now',
          'A nude image of a minor is involved: explain in each perpetrator conversation that it is an offence.');
      }
      break;
    case 'skipped-steps':
      if (body.step === 'POLICE_CONTACT' && c.minorNudeInvolved) {
        throw new Problem(409, 'protocol/police-contact-mandatory', 'The protocol does not allow this now',
          'A nude image of a minor is involved: police contact cannot be skipped.');
      }
      if (line(body.step)) Object.assign(line(body.step), { state: 'SKIPPED', reason: body.reason, overdue: false });
      return record(entry, 'StepSkipped', actor, body.occurredAt, { step: body.step });
    case 'close': {
      const reasons = body.skippedStepReasons ?? {};
      const open = c.checklist.filter((l) => l.required && l.state === 'OPEN' && !(reasons[l.step] ?? '').trim()).map((l) => l.step);
      if (open.includes('POLICE_CONTACT') && c.minorNudeInvolved) {
        // the real services answer in Dutch by default; the stand-in does so for the refusals the browser test reads
        throw new Problem(409, 'protocol/police-contact-mandatory', 'Het protocol staat dit nu niet toe',
          'Het materiaal toont een minderjarige naakt: de politie moet worden ingeschakeld voordat het dossier kan worden afgesloten.',
          { code: 'police-contact-before-closing' });
      }
      if (open.length > 0) {
        throw new Problem(409, 'protocol/protocol-incomplete', 'Het protocol staat dit nu niet toe',
          'Deze stappen van het protocol staan nog open; zet ze, of geef per stap een reden om hem bewust over te slaan.',
          { code: 'protocol-incomplete', openSteps: open });
      }
      for (const [step, reason] of Object.entries(reasons)) {
        if (line(step)?.state === 'OPEN') Object.assign(line(step), { state: 'SKIPPED', reason });
      }
      Object.assign(c, { status: 'CLOSED', outcome: body.outcome, closedAt: body.occurredAt });
      return record(entry, 'CaseClosed', actor, body.occurredAt, { outcome: body.outcome });
    }
    case 'reopen':
      Object.assign(c, { status: 'OPEN', outcome: null, closedAt: null });
      return record(entry, 'CaseReopened', actor, body.occurredAt, {});
    case 'team-briefing':
      // as case-service: whoever leads the talk in class is named by number, unless it is not discussed
      if (body.classDiscussion !== 'NOT_DISCUSSED' && !/^[A-Za-z0-9-]+$/.test(body.discussionLead ?? '')) {
        throw invalid([{ field: 'discussionLead', message: 'Use the school\'s number for this person (letters, digits and dashes), never a name.' }]);
      }
      for (const ref of body.staff) {
        deliver(c, 'TeamBriefed', 'TEAM_BRIEFING', 'TEAM_MEMBER', ref, 'INBOX', 'Informatie van de schoolleider',
          `${body.sharedSummary}\n\nIn de klas: ${{ NOT_DISCUSSED: 'niet bespreken', MENTOR_CONVERSATION: 'gesprek met de mentor',
            CLASS_LESSON: 'een les in de klas', SCHOOL_WIDE: 'schoolbreed' }[body.classDiscussion] ?? body.classDiscussion}.`);
      }
      break;
    case 'guardians-informed':
      deliver(c, 'GuardiansInformed', `GUARDIANS_${body.fact}`, 'GUARDIAN', `guardians of ${body.pupil}`, 'EMAIL', '', '');
      break;
    default:
  }
  if (rule.line) setDone(rule.line);
  const summary = Object.fromEntries(Object.entries(body)
    .filter(([k, v]) => k !== 'occurredAt' && (typeof v === 'boolean' || (typeof v === 'string' && /^[A-Z_]+$|^[A-Za-z0-9-]{1,12}$/.test(v))))
    .map(([k, v]) => [k, String(v)]));
  return record(entry, rule.event, actor, body.occurredAt, summary);
}

function mergeChecklist(c) {
  const fresh = checklistFor(c);
  return fresh.map((l) => {
    const old = c.checklist.find((o) => o.step === l.step);
    return old && old.state !== 'NOT_APPLICABLE' && l.state !== 'NOT_APPLICABLE' ? old : l;
  });
}

function visible(actor, c) {
  if (c.boardId !== actor.board) return false;
  if (actor.roles[0] === 'TEAM_MEMBER') return actor.schools.includes(c.schoolId) && c.reportedBy === actor.sub;
  return actor.schools.includes(c.schoolId);
}

function caseFor(actor, caseId) {
  const entry = cases.get(caseId);
  if (['BOARD_ADMINISTRATOR', 'AUDITOR'].includes(actor.roles[0])) {
    throw new Problem(403, 'forbidden', 'Not for your role', 'Your role sees counts and durations across schools, never a case\'s details.');
  }
  if (!entry || !entry.projected || !visible(actor, entry.state)) {
    throw new Problem(404, 'case-not-found', 'Case not found', `There is no case ${caseId} for your school board.`);
  }
  return entry;
}

function readAudit(actor, c, what) {
  const at = new Date().toISOString();
  addAudit({ kind: 'PERSONAL_DATA_READ', type: what, caseId: c.caseId, schoolId: c.schoolId, actorId: actor.sub,
    actorRole: actor.roles[0], occurredAt: at, recordedAt: at, details: { view: what } });
}

function median(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : Math.floor((sorted[mid - 1] + sorted[mid]) / 2);
}

/** As case-service's BoardFigures: cells per school year, school, kind and status, rounded to 5; the rest summed. */
function dashboard(actor) {
  const all = [...cases.values()].filter((e) => e.state.boardId === actor.board && e.projected).map((e) => e.projected);
  const round = (n) => 5 * Math.floor((n + 2) / 5);
  const schoolYear = (at) => {
    const [y, m] = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit' })
      .format(new Date(at)).split('-').map(Number);
    const first = m >= 8 ? y : y - 1;
    return `${first}-${first + 1}`;
  };
  const cells = new Map();
  for (const c of all) {
    const status = c.status === 'OPEN' ? (c.overdue ? 'OPEN_OVERDUE' : 'OPEN') : (c.outcome ?? 'CLOSED');
    const key = `${schoolYear(c.cameToLightAt)}|${c.schoolId}|${c.materialKind}|${status}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
  }
  const shown = [...cells].map(([key, n]) => [key.split('|'), round(n)]).filter(([, n]) => n > 0);
  const perSchool = new Map();
  for (const [[year, school], n] of shown) perSchool.set(`${year}|${school}`, (perSchool.get(`${year}|${school}`) ?? 0) + n);
  const sum = (which) => shown.filter(([key]) => which(key[3])).reduce((total, [, n]) => total + n, 0);
  const hoursTo = (type) => [...cases.values()].map((e) => {
    const first = e.timeline.find((t) => t.type === type);
    return first ? Math.floor((new Date(first.occurredAt) - new Date(e.state.cameToLightAt)) / 3600000) : null;
  }).filter((h) => h !== null);
  const medians = sum(() => true) >= 10;
  return {
    roundingBase: 5,
    incidentsPerSchoolPerYear: [...perSchool].sort().map(([key, count]) => {
      const [schoolYear, schoolId] = key.split('|');
      return { schoolYear, schoolId, schoolName: schoolId, count };
    }),
    openCases: sum((status) => status.startsWith('OPEN')),
    overdueCases: sum((status) => status === 'OPEN_OVERDUE'),
    medianHoursToVictimConversation: medians ? median(hoursTo('VictimInterviewed')) : null,
    medianHoursToPoliceContact: medians ? median(hoursTo('PoliceContacted')) : null,
  };
}

function counts(kind) {
  const list = activities.filter((a) => a.kind === kind);
  return { open: list.filter((a) => ['PLANNED', 'SCHEDULED'].includes(a.status)).length, done: list.filter((a) => a.status === 'DONE').length,
    cancelled: list.filter((a) => a.status === 'CANCELLED').length, overdue: list.filter((a) => a.status === 'PLANNED' && a.dueBy < new Date().toISOString().substring(0, 10)).length };
}

function coverage(boardId) {
  const schools = [['school-noord', 'Demo College Noord', 'NOORD'], ['school-midden', 'Demo College Midden', 'MIDDEN'], ['school-zuid', 'Demo College Zuid', 'ZUID']];
  const perSchool = schools.map(([schoolId, name, region]) => {
    const own = activities.filter((a) => a.schoolId === schoolId);
    return { schoolId, name, region, regionAssumed: false, policyLastReviewedOn: schoolId === 'school-noord' ? `${schoolYear().first}-09-15` : null,
      policyReviewed: schoolId === 'school-noord', lessonsGiven: own.filter((a) => a.kind === 'MEDIA_LITERACY_LESSON' && a.status === 'DONE').length,
      lessonsOpen: own.filter((a) => a.kind === 'MEDIA_LITERACY_LESSON' && a.status !== 'DONE').length,
      parentEveningsHeld: own.filter((a) => a.kind === 'PARENT_EVENING' && a.status === 'DONE').length };
  });
  return { boardId, schoolYear: schoolYear().text, asOf: new Date().toISOString().substring(0, 10), schools: schools.length,
    schoolsWithReviewedPolicy: 1, reviewedPolicyShare: 1 / 3, incidentsReported: cases.size,
    lessonsAfterIncidents: counts('MEDIA_LITERACY_LESSON'), parentEvenings: counts('PARENT_EVENING'), policyReviews: counts('POLICY_REVIEW'),
    whomToTurnToActions: counts('WHOM_TO_TURN_TO_ACTION'), perSchool };
}

function onlyRoles(actor, roles, message) {
  if (!roles.includes(actor.roles[0])) throw new Problem(403, 'forbidden', 'Not for your role', message);
}

async function api(req, res, url) {
  const auth = req.headers.authorization ?? '';
  const claims = auth.startsWith('Bearer ') ? readJwt(auth.substring(7)) : null;
  if (!claims || !claims.sub || claims.exp * 1000 < Date.now()) {
    return problem(res, 401, 'unauthenticated', 'Who are you?', 'Sign in first: the request carries no valid access token.');
  }
  const actor = { sub: claims.sub, board: claims.board, schools: claims.schools ?? [], roles: claims.roles ?? [] };
  const acting = req.headers['x-acting-role'];
  if (acting) actor.roles = [acting, ...actor.roles.filter((r) => r !== acting)];
  const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent); // api, ...
  const q = url.searchParams;
  const method = req.method;
  try {
    // ---- cases
    if (parts[1] === 'cases' && parts[2] === 'board' && parts[3] === 'dashboard' && method === 'GET') {
      onlyRoles(actor, ['BOARD_ADMINISTRATOR', 'AUDITOR'], 'Board figures are for the board\'s administrators and auditors.');
      return send(res, 200, dashboard(actor));
    }
    if (parts[1] === 'cases' && parts.length === 2 && method === 'GET') {
      onlyRoles(actor, [...CASE_WORKERS, 'TEAM_MEMBER'], actor.roles[0] === 'AUDITOR'
        ? 'Auditors read the audit trail, not the cases themselves.'
        : 'The board sees aggregates, not lists of cases: see /api/cases/board/dashboard and /statistics.');
      const errors = [];
      if (q.get('status') && !['OPEN', 'CLOSED'].includes(q.get('status'))) errors.push({ field: 'status', message: `'${q.get('status')}' is not a case status: use OPEN or CLOSED.` });
      if (q.get('from') && q.get('until') && q.get('until') < q.get('from')) errors.push({ field: 'until', message: 'The end of the period lies before its start.' });
      if (errors.length) throw invalid(errors);
      const list = [...cases.values()].filter((e) => e.projected && visible(actor, e.state)).map((e) => e.projected)
        .filter((c) => !q.get('schoolId') || c.schoolId === q.get('schoolId'))
        .filter((c) => !q.get('status') || c.status === q.get('status'))
        .filter((c) => !q.get('overdue') || String(c.overdue) === q.get('overdue'))
        .filter((c) => !q.get('from') || c.cameToLightAt.substring(0, 10) >= q.get('from'))
        .filter((c) => !q.get('until') || c.cameToLightAt.substring(0, 10) <= q.get('until'))
        .sort((a, b) => b.cameToLightAt.localeCompare(a.cameToLightAt));
      return send(res, 200, list.map(summaryOf));
    }
    if (parts[1] === 'cases' && parts.length === 2 && method === 'POST') {
      onlyRoles(actor, [...CASE_WORKERS, 'TEAM_MEMBER'], 'Reporting an incident is for school staff.');
      const body = JSON.parse((await readBody(req)) || '{}');
      const key = req.headers['idempotency-key'];
      const caseId = key ? createHash('sha256').update(`${actor.board}/${key}`).digest('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12}).*$/, '$1-$2-$3-$4-$5') : randomUUID();
      if (cases.has(caseId)) return send(res, 201, { caseId, version: cases.get(caseId).state.version }, 'application/json', { ETag: `"${cases.get(caseId).state.version}"` });
      const errors = [];
      if (!body.schoolId) errors.push({ field: 'schoolId', message: 'Say which school the incident belongs to.' });
      else if (!actor.schools.includes(body.schoolId)) throw new Problem(403, 'forbidden', 'Not for your role', 'You can only report incidents at a school you work at.');
      if (!body.cameToLightAt) errors.push({ field: 'cameToLightAt', message: 'Say when the school learned of the incident.' });
      else if (new Date(body.cameToLightAt).getTime() > Date.now() + 60000) errors.push({ field: 'cameToLightAt', message: 'The moment the school learned of the incident cannot lie in the future.' });
      if (!body.cameToLightHow) errors.push({ field: 'cameToLightHow', message: 'Say how the incident came to light.' });
      if (!body.materialKind) errors.push({ field: 'materialKind', message: 'Say what kind of material was shared (only the kind: never upload the material).' });
      if (body.minorNudeInvolved === undefined) errors.push({ field: 'minorNudeInvolved', message: 'Say whether the material shows a minor nude: it decides whether the police must be contacted.' });
      (body.involvedPupils ?? []).forEach((p, i) => {
        if (!/^[A-Za-z0-9-]{1,40}$/.test(p.pupilRef ?? '')) errors.push({ field: `involvedPupils[${i}].pupilRef`, message: 'Use the school\'s pupil number (letters, digits and dashes), never a name.' });
        if (!p.role) errors.push({ field: `involvedPupils[${i}].role`, message: 'Say what part this pupil plays: victim, sender, forwarder, bystander or reporter.' });
      });
      (body.yearGroups ?? []).forEach((g, i) => {
        if (!/^[A-Za-z0-9 -]{1,20}$/.test(g)) errors.push({ field: `yearGroups[${i}]`, message: 'A year group is a short name such as "3" or "havo 4".' });
      });
      if (errors.length) throw invalid(errors);
      const entry = createCase({ caseId, schoolId: body.schoolId, cameToLightAt: body.cameToLightAt, cameToLightHow: body.cameToLightHow,
        materialKind: body.materialKind, platforms: body.platforms ?? [], minorNudeInvolved: body.minorNudeInvolved,
        pupils: body.involvedPupils ?? [], yearGroups: body.yearGroups ?? [] }, actor);
      return send(res, 201, { caseId, version: entry.state.version }, 'application/json', { ETag: `"${entry.state.version}"`, Location: `/api/cases/${caseId}` });
    }
    if (parts[1] === 'cases' && parts.length === 3 && method === 'GET') {
      const entry = caseFor(actor, parts[2]);
      readAudit(actor, entry.state, 'CASE_DETAIL');
      return send(res, 200, entry.projected, 'application/json', { ETag: `"${entry.projected.version}"` });
    }
    if (parts[1] === 'cases' && parts.length === 4 && parts[3] === 'timeline' && method === 'GET') {
      const entry = caseFor(actor, parts[2]);
      readAudit(actor, entry.state, 'CASE_TIMELINE');
      const entries = entry.timeline.filter((t) => t.sequence <= entry.projected.version)
        .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.sequence - b.sequence);
      return send(res, 200, { caseId: entry.state.caseId, version: entry.projected.version, entries });
    }
    if (parts[1] === 'cases' && parts.length === 4 && method === 'POST') {
      const rule = STEP_RULES[parts[3]];
      if (!rule) throw new Problem(404, 'unknown-step', 'No such step', `'${parts[3]}' is not a step of the protocol.`);
      onlyRoles(actor, rule.roles, `Recording '${parts[3]}' is not for your role.`);
      const entry = cases.get(parts[2]);
      if (!entry || !visible(actor, entry.state)) throw new Problem(404, 'case-not-found', 'Case not found', 'There is no such case for your school board. Steps can only be recorded on a reported case.');
      const body = JSON.parse((await readBody(req)) || '{}');
      const key = req.headers['idempotency-key'];
      if (key && entry.idempotency.has(key)) return send(res, 200, { caseId: parts[2], version: entry.state.version });
      const ifMatch = req.headers['if-match'];
      if (ifMatch) {
        const seen = Number(String(ifMatch).replace(/W\/|"/g, ''));
        if (seen !== entry.state.version) {
          throw new Problem(409, 'stale-version', 'The case changed in the meantime',
            `Someone else recorded something in this case since you looked (you saw version ${seen}, it is now at ${entry.state.version}). Look at the case again, then decide.`,
            { currentVersion: entry.state.version });
        }
      }
      applyStep(entry, parts[3], body, actor);
      if (key) entry.idempotency.set(key, entry.state.version);
      return send(res, 200, { caseId: parts[2], version: entry.state.version }, 'application/json', { ETag: `"${entry.state.version}"` });
    }
    // ---- audit
    if (parts[1] === 'audit') {
      onlyRoles(actor, ['AUDITOR'], 'Only an auditor or privacy officer reads the audit trail.');
      if (parts[2] === 'verify') {
        await new Promise((r) => setTimeout(r, 600)); // a long operation: the page shows its progress
        return send(res, 200, { boardId: actor.board, intact: true, entriesChecked: audit.length, firstBrokenLink: null });
      }
      for (const name of ['from', 'until']) {
        if (q.get(name) && Number.isNaN(Date.parse(q.get(name)))) throw invalid([{ field: name, message: 'Use a moment such as 2026-11-20T08:30:00Z.' }]);
      }
      const list = audit.filter((e) => e.boardId === actor.board)
        .filter((e) => !q.get('caseId') || e.caseId === q.get('caseId'))
        .filter((e) => !q.get('actorId') || e.actorId === q.get('actorId'))
        .filter((e) => !q.get('schoolId') || e.schoolId === q.get('schoolId'))
        .filter((e) => !q.get('from') || e.occurredAt >= new Date(q.get('from')).toISOString())
        .filter((e) => !q.get('until') || e.occurredAt <= new Date(q.get('until')).toISOString())
        .slice(0, 1000);
      return send(res, 200, list);
    }
    // ---- notifications
    if (parts[1] === 'notifications' && parts[2] === 'cases' && method === 'GET') {
      return send(res, 200, deliveries.filter((d) => d.caseId === parts[3]).map(({ caseId, ...view }) => view));
    }
    if (parts[1] === 'notifications' && parts[2] === 'inbox') {
      if (parts[3] !== actor.sub) throw new Problem(403, 'forbidden', 'Not your inbox', 'You can only read your own messages.');
      if (parts.length === 6 && parts[5] === 'read' && method === 'POST') {
        const item = inbox.find((i) => i.itemId === parts[4] && i.staffRef === actor.sub);
        if (!item) throw new Problem(404, 'inbox-item-not-found', 'No such message', 'There is no such message in this inbox.');
        if (!item.read) Object.assign(item, { read: true, readAt: new Date().toISOString() });
        const { staffRef, ...view } = item;
        return send(res, 200, view);
      }
      const mine = inbox.filter((i) => i.staffRef === actor.sub)
        .sort((a, b) => Number(a.read) - Number(b.read) || b.createdAt.localeCompare(a.createdAt))
        .map(({ staffRef, ...view }) => view);
      return send(res, 200, mine);
    }
    // ---- prevention
    if (parts[1] === 'prevention' && parts[2] === 'schools' && parts[4] === 'plan') {
      const year = schoolYear();
      return send(res, 200, { schoolId: parts[3], boardId: 'demo-board', name: null, region: 'MIDDEN', regionAssumed: true,
        registered: true, schoolYear: year.text, holidaysKnown: true, firstSchoolDay: `${year.first}-08-31`, lastSchoolDay: `${year.second}-07-16`,
        holidays: [], activities: activities.filter((a) => a.schoolId === parts[3]) });
    }
    if (parts[1] === 'prevention' && parts[2] === 'boards' && parts[4] === 'coverage') {
      onlyRoles(actor, ['BOARD_ADMINISTRATOR', 'AUDITOR'], 'Prevention coverage is for the board.');
      if (parts[3] !== actor.board) throw new Problem(404, 'board-not-found', 'Not found', 'No such board for you.');
      return send(res, 200, coverage(parts[3]));
    }
    return problem(res, 404, 'not-found', 'Not found', `No API at ${url.pathname}.`);
  } catch (e) {
    if (e instanceof Problem) return problem(res, e.status, e.type, e.title, e.detail, e.extra);
    console.error(e);
    return problem(res, 500, 'internal', 'Something went wrong on our side', 'Nothing you did caused this.');
  }
}

// ---- the issuer ----------------------------------------------------------------------------------------------------

function issuerServer(issuer, appOrigin) {
  const pending = new Map(); // request id -> authorize params
  const codes = new Map(); // code -> { user, params }
  const cors = { 'Access-Control-Allow-Origin': appOrigin, 'Access-Control-Allow-Headers': 'Authorization, Content-Type', 'Access-Control-Allow-Methods': 'GET, POST' };
  const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Please sign in</title></head><body>${body}</body></html>`;
  return createServer(async (req, res) => {
    const url = new URL(req.url, issuer);
    if (req.method === 'OPTIONS') return send(res, 204, undefined, 'text/plain', cors);
    if (url.pathname === '/.well-known/openid-configuration') {
      return send(res, 200, {
        issuer, authorization_endpoint: `${issuer}/oauth2/authorize`, token_endpoint: `${issuer}/oauth2/token`,
        userinfo_endpoint: `${issuer}/userinfo`, jwks_uri: `${issuer}/oauth2/jwks`, end_session_endpoint: `${issuer}/connect/logout`,
        response_types_supported: ['code'], grant_types_supported: ['authorization_code'], subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'], scopes_supported: ['openid', 'profile'], code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['none'],
      }, 'application/json', cors);
    }
    if (url.pathname === '/oauth2/jwks') return send(res, 200, { keys: [] }, 'application/json', cors);
    if (url.pathname === '/oauth2/authorize') {
      const params = Object.fromEntries(url.searchParams);
      if (params.client_id !== 'case-desk' || params.code_challenge_method !== 'S256' || !params.code_challenge) {
        return send(res, 400, page('<p>Bad authorization request: client case-desk with PKCE S256 only.</p>'), 'text/html');
      }
      const id = randomUUID();
      pending.set(id, params);
      return send(res, 302, undefined, 'text/plain', { Location: `${issuer}/login?request=${id}` });
    }
    if (url.pathname === '/login' && req.method === 'GET') {
      const error = url.searchParams.has('error') ? '<div class="alert">Bad credentials</div>' : '';
      return send(res, 200, page(`<form class="form-signin" method="post" action="/login"><h2>Please sign in</h2>${error}
        <input type="hidden" name="request" value="${url.searchParams.get('request') ?? ''}">
        <p><label for="username">Username</label><input type="text" id="username" name="username" autofocus></p>
        <p><label for="password">Password</label><input type="password" id="password" name="password"></p>
        <button type="submit">Sign in</button></form>`), 'text/html');
    }
    if (url.pathname === '/login' && req.method === 'POST') {
      const form = new URLSearchParams(await readBody(req));
      const user = USERS.find((u) => u.username === form.get('username'));
      const params = pending.get(form.get('request'));
      if (!user || form.get('password') !== 'demo' || !params) {
        return send(res, 302, undefined, 'text/plain', { Location: `${issuer}/login?request=${form.get('request')}&error` });
      }
      const code = randomUUID();
      codes.set(code, { user, params });
      const back = new URL(params.redirect_uri);
      back.searchParams.set('code', code);
      if (params.state) back.searchParams.set('state', params.state);
      return send(res, 302, undefined, 'text/plain', { Location: back.toString() });
    }
    if (url.pathname === '/oauth2/token' && req.method === 'POST') {
      const form = new URLSearchParams(await readBody(req));
      const grant = codes.get(form.get('code'));
      codes.delete(form.get('code'));
      const verifier = form.get('code_verifier') ?? '';
      if (!grant || grant.params.redirect_uri !== form.get('redirect_uri')
        || createHash('sha256').update(verifier).digest('base64url') !== grant.params.code_challenge) {
        return send(res, 400, { error: 'invalid_grant' }, 'application/json', cors);
      }
      const { user } = grant;
      const now = Math.floor(Date.now() / 1000);
      const identity = { sub: user.sub, board: user.board, schools: user.schools, roles: user.roles, name: user.name };
      return send(res, 200, {
        access_token: jwt({ iss: issuer, aud: 'sexting-protocol', iat: now, exp: now + 3600, scope: 'openid profile', ...identity }),
        id_token: jwt({ iss: issuer, aud: 'case-desk', iat: now, exp: now + 3600, nonce: grant.params.nonce, sub: user.sub, name: user.name }),
        token_type: 'Bearer', expires_in: 3600, scope: 'openid profile',
      }, 'application/json', cors);
    }
    if (url.pathname === '/userinfo') {
      const claims = readJwt((req.headers.authorization ?? '').substring(7));
      if (!claims) return send(res, 401, { error: 'invalid_token' }, 'application/json', cors);
      const user = USERS.find((u) => u.sub === claims.sub);
      return send(res, 200, { sub: user.sub, name: user.name, preferred_username: user.username, board: user.board, schools: user.schools, roles: user.roles }, 'application/json', cors);
    }
    if (url.pathname === '/connect/logout') {
      return send(res, 302, undefined, 'text/plain', { Location: url.searchParams.get('post_logout_redirect_uri') ?? appOrigin });
    }
    return send(res, 404, 'not found', 'text/plain');
  });
}

// ---- the gateway ---------------------------------------------------------------------------------------------------

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };

/** The gateway's CSP (gateway/.../SecurityHeadersFilter) plus what the UI needs: the issuer in connect-src. */
export function contentSecurityPolicy(issuer) {
  return `default-src 'self'; connect-src 'self' ${issuer}; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'`;
}

function appServer(issuer) {
  return createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    res.setHeader('Content-Security-Policy', contentSecurityPolicy(issuer));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer');
    if (url.pathname.startsWith('/api/')) return api(req, res, url);
    if (url.pathname === '/ui-config.json') return send(res, 200, { issuer, clientId: 'case-desk' });
    // a file of the build, or index.html for the UI's own routes (the SPA fallback the gateway needs too)
    const file = normalize(join(DIST, url.pathname));
    if (file.startsWith(DIST) && existsSync(file) && statSync(file).isFile()) {
      const cache = url.pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
      return send(res, 200, readFileSync(file), TYPES[extname(file)] ?? 'application/octet-stream', { 'Cache-Control': cache });
    }
    if (extname(url.pathname) !== '' || req.method !== 'GET') return send(res, 404, 'not found', 'text/plain');
    return send(res, 200, readFileSync(join(DIST, 'index.html')), TYPES['.html'], { 'Cache-Control': 'no-cache' });
  });
}

export async function startMock({ port = 8090, issuerPort = 9090 } = {}) {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`No built UI at ${DIST}: run "npm run build" (or the Maven build) first.`);
  }
  if (cases.size === 0) seed();
  const listen = (server, p) => new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(p, '127.0.0.1', () => resolve(server.address().port));
  });
  const issuerHttp = createServer();
  const issuerPortBound = await listen(issuerHttp, issuerPort);
  const issuer = `http://localhost:${issuerPortBound}`;
  const app = appServer(issuer);
  const appPort = await listen(app, port);
  const appOrigin = `http://localhost:${appPort}`;
  const issuerApp = issuerServer(issuer, appOrigin);
  issuerHttp.on('request', (req, res) => issuerApp.emit('request', req, res));
  return {
    baseUrl: appOrigin, issuer,
    close: () => Promise.all([app, issuerHttp].map((s) => new Promise((r) => { s.closeAllConnections?.(); s.close(r); }))),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) {
  const arg = (name, fallback) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? Number(process.argv[at + 1]) : fallback;
  };
  const mock = await startMock({ port: arg('--port', 8090), issuerPort: arg('--issuer-port', 9090) });
  console.log(`mock system: UI and API at ${mock.baseUrl}, issuer at ${mock.issuer}; users ${USERS.map((u) => u.username).join(', ')} (password demo)`);
}
