import { useTranslation } from 'react-i18next';
import type { CaseView } from '../api/types';
import { codeLabel, type CodeGroup } from '../i18n';
import { formatDateTimeShort, formatDay } from '../i18n/format';
import { stepForChecklistLine, type StepDef } from '../steps/definitions';
import { hoursUntil, tracksOf, type DecisionWithWishes, type Track, type VictimsVoice } from '../steps/tracks';

// The tracks the law opened on this case, each with its steps in order, and the victim's voice next to what the school
// decided: what a care coordinator checks before the next conversation.

export function TracksSection({ view, steps, onRecord, now = new Date() }:
  { view: CaseView; steps: StepDef[]; onRecord: (s: StepDef) => void; now?: Date }) {
  const { t } = useTranslation();
  const tracks = tracksOf(view);
  return (
    <section className="card" aria-labelledby="tracks-title" data-testid="tracks">
      <h2 id="tracks-title">{t('case.tracks.title')}</h2>
      {tracks.length === 0 ? <p>{t('case.tracks.none')}</p> : tracks.map((track) => (
        <TrackCard key={track.track} track={track} steps={steps} onRecord={onRecord} now={now} />
      ))}
    </section>
  );
}

function TrackCard({ track, steps, onRecord, now }: { track: Track; steps: StepDef[]; onRecord: (s: StepDef) => void; now: Date }) {
  const { t, i18n } = useTranslation();
  const titleId = `track-${track.track}`;
  return (
    <div className="track" data-track={track.track}>
      <h3 id={titleId}>
        {codeLabel(t, 'Track', track.track)}{' '}
        <span className={`badge ${track.open ? 'state-open' : 'state-done'}`}>
          {track.open ? t('case.tracks.open') : t('case.tracks.finished')}
        </span>
      </h3>
      <p className="hint">{t(`case.tracks.why.${track.track}`)}</p>
      <ol aria-labelledby={titleId}>
        {track.lines.map((line) => {
          const step = line.state === 'OPEN' ? stepForChecklistLine(line.step, steps) : undefined;
          const hours = line.state === 'OPEN' && line.dueAt && track.inHours ? hoursUntil(line.dueAt, now) : null;
          return (
            <li key={line.step} data-step={line.step}>
              <strong>{codeLabel(t, 'ProtocolStep', line.step)}</strong>{' — '}
              {codeLabel(t, 'StepState', line.state)}
              {line.required && line.state === 'OPEN' ? ` (${t('case.tracks.required')})` : null}
              {line.state === 'OPEN' && line.dueAt ? (
                <span className="nowrap">
                  {'; '}{t('case.checklistDue').toLowerCase()} {formatDateTimeShort(line.dueAt, i18n.language)}
                  {hours !== null ? ` (${hours >= 0 ? t('case.tracks.hoursLeft', { hours }) : t('case.tracks.hoursLate', { hours: -hours })})` : null}
                </span>
              ) : null}
              {line.overdue ? <span className="badge overdue">{t('case.overdue')}</span> : null}
              {step ? <RecordButton line={line.step} step={step} onRecord={onRecord} /> : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/** "Vastleggen" next to an open checklist line: opens the form that serves it (its line named for screen readers). */
export function RecordButton({ line, step, onRecord }: { line: string; step: StepDef; onRecord: (s: StepDef) => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="small-button" onClick={() => onRecord(step)}>
      {t('stepForm.submit')}<span className="visually-hidden">: {codeLabel(t, 'ProtocolStep', line)}</span>
    </button>
  );
}

/** A decision with the victim's and the parents' wishes beside it, or that nothing was recorded yet. */
function DecidedWithWishes({ testId, decided }: { testId: string; decided: { decision: string; victim: string; parents: string } | null }) {
  const { t } = useTranslation();
  return <dd data-testid={testId}>{decided ? t('case.voice.decidedWithWishes', decided) : t('case.voice.notYet')}</dd>;
}

export function VoiceSection({ voice, view }: { voice: VictimsVoice; view: CaseView }) {
  const { t, i18n } = useTranslation();
  const aftercare = view.checklist.find((l) => l.step === 'AFTERCARE' && l.state !== 'NOT_APPLICABLE');
  const wish = (group: 'ReportWish' | 'DiscussionWish', code: string | null) =>
    codeLabel(t, group, code ?? 'NOT_RECORDED');
  const inWords = (decisions: CodeGroup, wishes: 'ReportWish' | 'DiscussionWish', d: DecisionWithWishes | null) => d && {
    decision: codeLabel(t, decisions, d.decision), victim: wish(wishes, d.victimWish), parents: wish(wishes, d.parentsWish),
  };
  return (
    <section className="card" aria-labelledby="voice-title" data-testid="victims-voice">
      <h2 id="voice-title">{t('case.voice.title')}</h2>
      <p className="hint">{t('case.voice.intro')}</p>
      <dl className="facts">
        <dt>{t('case.voice.police')}</dt>
        <DecidedWithWishes testId="voice-police" decided={inWords('PoliceDecision', 'ReportWish', voice.police)} />
        <dt>{t('case.voice.classDiscussion')}</dt>
        <DecidedWithWishes testId="voice-class" decided={inWords('ClassDiscussion', 'DiscussionWish', voice.classDiscussion)} />
        <dt>{t('case.voice.aftercare')}</dt>
        <dd data-testid="voice-aftercare">
          {voice.aftercarePlanned === 0 ? t('case.voice.noAftercare') : t('case.voice.aftercarePlan', {
            planned: voice.aftercarePlanned, held: voice.aftercareHeld,
            last: formatDateTimeShort(aftercare?.dueAt, i18n.language),
          })}
        </dd>
        <dt>{t('case.voice.bystanders')}</dt>
        <dd>{t('case.voice.bystandersSpokenTo', { n: voice.bystandersSpokenTo })}</dd>
        <dt>{t('case.voice.takedown')}</dt>
        <dd>
          {voice.takedown ? `${codeLabel(t, 'TakedownChannel', voice.takedown.reportedTo)}: ${codeLabel(t, 'TakedownOutcome', voice.takedown.outcome)}`
            : t('case.voice.notYet')}
        </dd>
        {voice.sanctions.map((s, i) => (
          <SanctionFormalities key={i} sanction={s} view={view} language={i18n.language} />
        ))}
      </dl>
    </section>
  );
}

function SanctionFormalities({ sanction, view, language }:
  { sanction: VictimsVoice['sanctions'][number]; view: CaseView; language: string }) {
  const { t } = useTranslation();
  const lineStep = sanction.kind === 'EXPULSION' ? 'EXPULSION_PROCEDURE' : 'SUSPENSION_FORMALITIES';
  const line = view.checklist.find((l) => l.step === lineStep);
  const state = line === undefined || line.state === 'NOT_APPLICABLE' ? 'notAsked' : line.state === 'OPEN' ? 'outstanding' : 'done';
  return (
    <>
      <dt>{codeLabel(t, 'SanctionKind', sanction.kind)} {sanction.person}</dt>
      <dd data-testid={`formalities-${sanction.person}`}>
        {sanction.from ? `${formatDay(sanction.from, language)} – ${formatDay(sanction.until ?? sanction.from, language)}. ` : null}
        {t(`case.voice.formalities.${sanction.kind === 'EXPULSION' ? 'expulsion' : 'suspension'}.${state}`)}
      </dd>
    </>
  );
}
