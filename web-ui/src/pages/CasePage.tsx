import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { ApiClient } from '../api/client';
import { ApiError } from '../api/problem';
import type { CaseView, ChecklistLine, Timeline } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { capabilitiesOf } from '../auth/identity';
import { Busy } from '../components/Busy';
import { DataTable, type Column } from '../components/DataTable';
import { ProblemMessage } from '../components/ProblemMessage';
import { useLoad, type Loaded } from '../components/useLoad';
import { codeLabel, roleLabel } from '../i18n';
import { formatDateTime, formatDateTimeShort, formatDay } from '../i18n/format';
import { personFactsText, summaryText } from '../i18n/summary';
import { availableSteps, stepByPath, stepForChecklistLine, type StepDef } from '../steps/definitions';
import { StepForm } from '../steps/StepForm';
import { voiceOf } from '../steps/tracks';
import { RecordButton, TracksSection, VoiceSection } from './CaseTracks';
import { ChronologyExport } from './ChronologyExport';

const POLL_MS = 500;
const POLL_TRIES = 24;

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('aborted', 'AbortError'));
    }, { once: true });
  });
}

/**
 * The case as the projection shows it. Right after a report or a step the projection may lag a moment behind the
 * command's answer: then the page asks again until it shows at least the version the command answered with. While it
 * waits so, "not found" (the report not projected yet) and "not reachable" (an instance briefly out of the gateway's
 * balancer) are asked again too: the command was taken, only its view is not there yet.
 */
async function loadUntil(api: ApiClient, caseId: string, version: number | null, signal: AbortSignal): Promise<CaseView> {
  for (let attempt = 1; ; attempt++) {
    try {
      const view = await api.getCase(caseId, signal);
      if (version === null || view.version >= version || attempt >= POLL_TRIES) return view;
    } catch (e) {
      const lagging = e instanceof ApiError && (e.kind === 'not-found' || e.kind === 'unavailable')
        && version !== null && attempt < POLL_TRIES;
      if (!lagging) throw e;
    }
    await sleep(POLL_MS, signal);
  }
}

export function CasePage() {
  const { t, i18n } = useTranslation();
  const { caseId = '' } = useParams();
  const location = useLocation();
  const { api, role, login } = useAuth();
  const can = capabilitiesOf(role);
  const expected = (location.state as { expectVersion?: number } | null)?.expectVersion ?? null;

  const [waitingFor, setWaitingFor] = useState<number | null>(expected);
  const [round, setRound] = useState(0);
  const [selected, setSelected] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const formArea = useRef<HTMLDivElement>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);

  // waitingFor is read when a round starts; a new round (a reload, a saved step) is what asks again
  const { data: view, error, loading } = useLoad(
    (signal) => loadUntil(api, caseId, waitingFor, signal), `${caseId}:${round}`);
  useEffect(() => {
    if (!loading) setWaitingFor(null);
  }, [loading]);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const reload = () => {
    setNotice(null);
    setRound((r) => r + 1);
  };

  function saved(version: number) {
    setSelected('');
    setNotice(t('case.stepSaved'));
    setWaitingFor(version);
    setRound((r) => r + 1);
  }

  function record(step: StepDef) {
    setSelected(step.path);
    setNotice(null);
    window.setTimeout(() => formArea.current?.querySelector<HTMLElement>('input, select, textarea')?.focus(), 0);
  }

  if (error && !view) {
    return (
      <section aria-labelledby="case-title">
        <h1 id="case-title">{t('case.title', { id: caseId.substring(0, 8) })}</h1>
        <ProblemMessage error={error} onReload={reload} onSignIn={() => void login()} />
        {error.kind === 'not-found' ? <p>{t('case.notFoundYet')}</p> : null}
        <Link to="/cases">{t('case.backToList')}</Link>
      </section>
    );
  }
  if (!view) {
    return <Busy text={waitingFor !== null ? t('report.opening') : t('common.loadingData')} />;
  }

  const steps = can.takeSteps ? availableSteps(view, role) : [];
  const chosen = selected ? stepByPath(selected) : undefined;

  return (
    <article aria-labelledby="case-title" className="case-page">
      <div className="page-head">
        <h1 id="case-title">{t('case.title', { id: view.caseId.substring(0, 8) })}</h1>
        <div>
          <span className={`badge status-${view.status.toLowerCase()}`} data-testid="case-status">
            {view.status === 'OPEN' ? t('cases.statusOPEN') : t('cases.statusCLOSED')}
          </span>
          {view.overdue ? <span className="badge overdue">{t('cases.overdueBadge')}</span> : null}
        </div>
      </div>
      <p><Link to="/cases">{t('case.backToList')}</Link></p>
      {waitingFor !== null ? <Busy text={t('case.waitingForView')} /> : null}
      {notice ? <p className="notice" role="status" tabIndex={-1} ref={noticeRef}>{notice}</p> : null}
      {error ? <ProblemMessage error={error} onReload={reload} onSignIn={() => void login()} /> : null}

      <div className="case-grid">
        <section className="card" aria-labelledby="facts-title">
          <h2 id="facts-title">{t('case.facts')}</h2>
          {/* the version is for the machine (If-Match, waiting for the view), not a number users need to read */}
          <dl className="facts" data-testid="case-facts" data-version={view.version}>
            <dt>{t('case.school')}</dt><dd>{view.schoolId}</dd>
            <dt>{t('case.cameToLightAt')}</dt><dd>{formatDateTime(view.cameToLightAt, i18n.language)}</dd>
            <dt>{t('case.cameToLightHow')}</dt><dd>{codeLabel(t, 'CameToLight', view.cameToLightHow)}</dd>
            <dt>{t('case.reportedAt')}</dt><dd>{formatDateTime(view.reportedAt, i18n.language)}</dd>
            <dt>{t('case.material')}</dt><dd>{codeLabel(t, 'MaterialKind', view.materialKind)}</dd>
            <dt>{t('case.platforms')}</dt>
            <dd>{view.platforms.length > 0 ? view.platforms.map((p) => codeLabel(t, 'Platform', p)).join(t('common.listSeparator')) : '—'}</dd>
            <dt>{t('case.minorNude')}</dt><dd>{view.minorNudeInvolved ? t('common.yes') : t('common.no')}</dd>
            <dt>{t('case.yearGroups')}</dt><dd>{view.yearGroups.length > 0 ? view.yearGroups.join(t('common.listSeparator')) : '—'}</dd>
            {view.reportingDutyTrack ? (<><dt>{t('case.reportingDutyTrack')}</dt><dd>{t('common.yes')}</dd></>) : null}
            {view.outcome ? (<><dt>{t('case.outcome')}</dt><dd>{codeLabel(t, 'Outcome', view.outcome)}</dd></>) : null}
            {view.closedAt ? (<><dt>{t('case.closedAt')}</dt><dd>{formatDateTime(view.closedAt, i18n.language)}</dd></>) : null}
          </dl>
        </section>

        <Checklist lines={view.checklist} steps={steps} onRecord={record} />
      </div>

      <TracksSection view={view} steps={steps} onRecord={record} />

      {/* the one who reported it (a team member); the board, on its own track, reads the checklist and the tracks */}
      {!can.caseDetails && !can.takeSteps ? (
        <section className="card" aria-label={t('case.facts')}>
          <p>{t('case.readOnlyTeam')}</p>
          <Link to={`/cases/${encodeURIComponent(view.caseId)}/team-briefing`}>{t('case.teamBriefingLink')}</Link>
        </section>
      ) : null}

      {steps.length > 0 ? (
        <section className="card" aria-labelledby="actions-title">
          <h2 id="actions-title">{t('case.actions')}</h2>
          <p className="hint">{t('case.actionsIntro')}</p>
          <div className="field">
            <label htmlFor="choose-step">{t('case.chooseAction')}</label>
            <select id="choose-step" value={selected} onChange={(e) => { setSelected(e.target.value); setNotice(null); }}>
              <option value="">{t('report.choose')}</option>
              {steps.map((s) => <option key={s.path} value={s.path}>{t(`steps.${s.path}.title`)}</option>)}
            </select>
          </div>
          <div ref={formArea}>
            {chosen ? (
              <StepForm key={`${chosen.path}:${view.version}`} step={chosen} view={view} api={api}
                        onSaved={saved} onReload={reload} />
            ) : null}
          </div>
        </section>
      ) : null}

      {can.caseDetails ? (
        <>
          <People view={view} />
          <CaseRecord api={api} view={view} />
          <ChronologyExport api={api} caseId={view.caseId} role={role} />
          <ParentsSection api={api} caseId={view.caseId} version={view.version} />
          <PreventionSection api={api} caseId={view.caseId} schoolId={view.schoolId} />
        </>
      ) : null}
    </article>
  );
}

function Checklist({ lines, steps, onRecord }: { lines: ChecklistLine[]; steps: StepDef[]; onRecord: (s: StepDef) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="card" aria-labelledby="checklist-title">
      <h2 id="checklist-title">{t('case.checklist')}</h2>
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="checklist-title">
        <table className="checklist">
          <thead>
            <tr>
              <th scope="col">{t('case.checklistStep')}</th>
              <th scope="col">{t('case.checklistState')}</th>
              <th scope="col">{t('case.checklistDue')}</th>
              <th scope="col"><span className="visually-hidden">{t('case.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => {
              const step = line.state === 'OPEN' ? stepForChecklistLine(line.step, steps) : undefined;
              return (
                <tr key={line.step} className={`state-${line.state.toLowerCase()}${line.overdue ? ' row-overdue' : ''}`}
                    data-step={line.step}>
                  <th scope="row">
                    {codeLabel(t, 'ProtocolStep', line.step)}
                    {line.required ? null : <span className="muted small"> ({t('common.optional')})</span>}
                  </th>
                  <td>
                    <span className={`badge state-${line.state.toLowerCase()}`}>{codeLabel(t, 'StepState', line.state)}</span>
                    {line.overdue ? <span className="badge overdue">{t('case.overdue')}</span> : null}
                    {line.reason ? <div className="small">{t('case.checklistReason')}: {line.reason}</div> : null}
                  </td>
                  <td className="nowrap">{line.state === 'OPEN' ? formatDateTimeShort(line.dueAt, i18n.language) : '—'}</td>
                  <td>{step ? <RecordButton line={line.step} step={step} onRecord={onRecord} /> : null}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function People({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="people-title">
      <h2 id="people-title">{t('case.people')}</h2>
      {view.people.length === 0 ? <p>{t('case.noPeople')}</p> : (
        <DataTable labelledBy="people-title" rows={view.people} rowKey={(p) => p.ref} columns={[
          { header: t('case.personRef'), cell: (p) => <code>{p.ref}</code> },
          { header: t('case.personKind'), cell: (p) => codeLabel(t, 'PersonKind', p.kind) },
          { header: t('case.personRole'), cell: (p) => codeLabel(t, 'PersonRole', p.role) },
          { header: t('case.personFacts'), cell: (p) => personFactsText(t, p.facts) },
          { header: t('case.personFindings'), cell: (p) => (p.findings ?? []).map((f) => codeLabel(t, 'Finding', f)).join(', ') },
        ]} />
      )}
    </section>
  );
}

/**
 * The timeline, read once per version: the victim's voice is read off it, and it is shown in full below. The timeline
 * is a projection of its own and may lag a moment behind the case view: then it is asked again, a few times.
 */
function CaseRecord({ api, view }: { api: ApiClient; view: CaseView }) {
  const timeline = useLoad((signal) => api.timeline(view.caseId, signal), `${view.caseId}:${view.version}`);
  const tries = useRef(0);
  const behind = timeline.data !== null && timeline.data.version < view.version;
  useEffect(() => {
    if (!behind || tries.current >= POLL_TRIES) return undefined;
    tries.current += 1;
    const timer = window.setTimeout(timeline.reload, POLL_MS);
    return () => window.clearTimeout(timer);
  }, [behind, timeline.data, timeline.reload]);
  useEffect(() => { tries.current = 0; }, [view.version]);
  return (
    <>
      {timeline.data ? <VoiceSection voice={voiceOf(timeline.data.entries)} view={view} /> : null}
      <TimelineSection timeline={timeline} />
    </>
  );
}

function TimelineSection({ timeline }: { timeline: Loaded<Timeline> }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('case.timeline')}</h2>
      <p className="hint">{t('case.timelineIntro')}</p>
      {timeline.loading && !timeline.data ? <Busy text={t('common.loadingData')} /> : null}
      {timeline.error ? <ProblemMessage error={timeline.error} onReload={timeline.reload} /> : null}
      {timeline.data ? (
        <DataTable labelledBy="timeline-title" className="timeline" rows={timeline.data.entries} rowKey={(e) => e.eventId}
                   columns={[
          {
            header: t('case.occurredAt'), className: 'nowrap',
            cell: (e) => formatDateTimeShort(e.occurredAt, i18n.language),
          },
          {
            header: t('case.recordedAt'), className: 'nowrap',
            cell: (e) => formatDateTimeShort(e.recordedAt, i18n.language),
          },
          { header: t('case.what'), cell: (e) => codeLabel(t, 'EventType', e.type) },
          { header: t('case.by'), cell: (e) => (e.actorRole ? roleLabel(t, e.actorRole) : t('case.system')) },
          { header: t('case.details'), className: 'small', cell: (e) => summaryText(t, e.summary) },
        ]} />
      ) : null}
    </section>
  );
}

function ParentsSection({ api, caseId, version }: { api: ApiClient; caseId: string; version: number }) {
  const { t, i18n } = useTranslation();
  const deliveries = useLoad((signal) => api.caseNotifications(caseId, signal), `${caseId}:${version}`);
  const all = deliveries.data ?? [];
  const parents = all.filter((d) => d.recipientKind === 'GUARDIAN');
  const others = all.filter((d) => d.recipientKind !== 'GUARDIAN');
  const recipient = (ref: string | null, kind: string) =>
    kind === 'GUARDIAN' && ref ? ref.replace(/^guardians of /, '') : ref ?? codeLabel(t, 'RecipientKind', kind);
  const columns: Column<(typeof all)[number]>[] = [
    {
      header: t('case.recipient'),
      cell: (d) => (d.recipientKind === 'GUARDIAN'
        ? t('case.guardiansOf', { ref: recipient(d.recipientRef, d.recipientKind) })
        : `${codeLabel(t, 'RecipientKind', d.recipientKind)}${d.recipientRef ? ' ' + d.recipientRef : ''}`),
    },
    { header: t('case.message'), cell: (d) => codeLabel(t, 'MessageKind', d.messageKind) },
    { header: t('case.channel'), cell: (d) => codeLabel(t, 'Channel', d.channel) },
    { header: t('case.deliveryStatus'), cell: (d) => codeLabel(t, 'DeliveryStatus', d.status) },
    { header: t('case.at'), className: 'nowrap', cell: (d) => formatDateTimeShort(d.sentAt ?? d.at, i18n.language) },
  ];
  return (
    <section className="card" aria-labelledby="parents-title">
      <h2 id="parents-title">{t('case.parents')}</h2>
      <p className="hint">{t('case.parentsIntro')}</p>
      {deliveries.loading && !deliveries.data ? <Busy text={t('common.loadingData')} /> : null}
      {deliveries.error ? <ProblemMessage error={deliveries.error} /> : null}
      {deliveries.data ? (
        parents.length === 0 ? <p>{t('case.noParentMessages')}</p> : (
          <DataTable labelledBy="parents-title" rows={parents} rowKey={(_, i) => i} columns={columns} />
        )
      ) : null}
      {others.length > 0 ? (
        <details>
          <summary>{t('case.otherMessages')} ({others.length})</summary>
          <DataTable label={t('case.otherMessages')} rows={others} rowKey={(_, i) => i} columns={columns} />
        </details>
      ) : null}
    </section>
  );
}

function PreventionSection({ api, caseId, schoolId }: { api: ApiClient; caseId: string; schoolId: string }) {
  const { t, i18n } = useTranslation();
  const plan = useLoad((signal) => api.schoolPlan(schoolId, signal), schoolId);
  return (
    <section className="card" aria-labelledby="prevention-title">
      <h2 id="prevention-title">{t('case.prevention')}</h2>
      <p className="hint">{t('case.preventionIntro')}{plan.data ? ` (${plan.data.schoolYear})` : ''}</p>
      {plan.loading && !plan.data ? <Busy text={t('common.loadingData')} /> : null}
      {plan.error ? <ProblemMessage error={plan.error} /> : null}
      {plan.data ? (
        plan.data.activities.length === 0 ? <p>{t('case.noActivities')}</p> : (
          <DataTable labelledBy="prevention-title" rows={plan.data.activities} rowKey={(a) => a.id} columns={[
            {
              header: t('case.activity'),
              cell: (a) => (
                <>
                  {a.kind === 'OTHER' && a.title ? a.title : codeLabel(t, 'ActivityKind', a.kind)}
                  {a.sourceCaseId === caseId || a.promptedByCaseId === caseId
                    ? <span className="badge info">{t('case.fromThisCase')}</span> : null}
                </>
              ),
            },
            { header: t('case.activityStatus'), cell: (a) => codeLabel(t, 'ActivityStatus', a.status) },
            { header: t('case.dueBy'), cell: (a) => formatDay(a.dueBy, i18n.language) },
            {
              header: t('case.date'),
              cell: (a) => (a.date ? `${formatDay(a.date, i18n.language)}${a.startTime ? ' ' + a.startTime.substring(0, 5) : ''}` : '—'),
            },
          ]} />
        )
      ) : null}
    </section>
  );
}
