import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditFilter } from '../api/client';
import { ApiError, asApiError } from '../api/problem';
import type { ChainVerification } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { Busy } from '../components/Busy';
import { DataTable } from '../components/DataTable';
import { describedBy, Field } from '../components/Field';
import { ProblemMessage } from '../components/ProblemMessage';
import { useLoad } from '../components/useLoad';
import { codeLabel, roleLabel } from '../i18n';
import { formatDateTimeShort } from '../i18n/format';
import { auditTypeLabel, summaryText } from '../i18n/summary';
import { localInputToInstant } from '../steps/mapping';

const FIELDS = ['caseId', 'actorId', 'schoolId', 'from', 'until'] as const;
type Draft = Record<(typeof FIELDS)[number], string>;

/** The form's values as the audit API's query: empty ones left out, moments as instants. */
export function auditQuery(draft: Draft): AuditFilter {
  const filter: AuditFilter = {};
  if (draft.caseId.trim()) filter.caseId = draft.caseId.trim();
  if (draft.actorId.trim()) filter.actorId = draft.actorId.trim();
  if (draft.schoolId.trim()) filter.schoolId = draft.schoolId.trim();
  const from = localInputToInstant(draft.from);
  const until = localInputToInstant(draft.until);
  if (from) filter.from = from;
  if (until) filter.until = until;
  return filter;
}

/** The audit trail of the auditor's board, filtered; and the verification of its hash chain. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const { api, login } = useAuth();
  const empty: Draft = { caseId: '', actorId: '', schoolId: '', from: '', until: '' };
  const [draft, setDraft] = useState<Draft>(empty);
  const [query, setQuery] = useState<AuditFilter>({});
  const entries = useLoad((signal) => api.audit(query, signal), JSON.stringify(query));
  const [verification, setVerification] = useState<ChainVerification | null>(null);
  const [verifying, setVerifying] = useState(false);
  const [verifyError, setVerifyError] = useState<ApiError | null>(null);

  function search(event: FormEvent) {
    event.preventDefault();
    setQuery(auditQuery(draft));
  }

  async function verify() {
    setVerifying(true);
    setVerifyError(null);
    setVerification(null);
    try {
      setVerification(await api.verifyChain());
    } catch (e) {
      setVerifyError(asApiError(e));
    } finally {
      setVerifying(false);
    }
  }

  const errorsFor = (f: string) => entries.error?.messagesFor(f) ?? [];
  const input = (name: (typeof FIELDS)[number], type: string) => (
    <Field id={`audit-${name}`} label={t(`audit.${name}`)} errors={errorsFor(name)}>
      <input id={`audit-${name}`} type={type} value={draft[name]} aria-invalid={errorsFor(name).length > 0}
             aria-describedby={describedBy(`audit-${name}`, undefined, errorsFor(name))}
             onChange={(e) => setDraft({ ...draft, [name]: e.target.value })} />
    </Field>
  );

  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">{t('audit.title')}</h1>
      <p>{t('audit.intro')}</p>

      <section className="card" aria-labelledby="verify-title">
        <h2 id="verify-title">{t('audit.verify')}</h2>
        <p className="hint">{t('audit.verifyIntro')}</p>
        <button type="button" className="primary" onClick={() => void verify()} disabled={verifying}>
          {t('audit.verify')}
        </button>
        {verifying ? <Busy text={t('audit.verifying')} /> : null}
        {verifyError ? <ProblemMessage error={verifyError} onSignIn={() => void login()} /> : null}
        {verification ? (
          <p className={verification.intact ? 'notice ok' : 'problem'} role="status" data-testid="chain-result">
            {verification.intact
              ? t('audit.intact', { count: verification.entriesChecked })
              : t('audit.broken', {
                seq: verification.firstBrokenLink?.seq, entryId: verification.firstBrokenLink?.entryId,
                reason: verification.firstBrokenLink?.reason, count: verification.entriesChecked,
              })}
          </p>
        ) : null}
      </section>

      <form className="filters card" onSubmit={search} aria-label={t('audit.filters')}>
        {input('caseId', 'text')}
        {input('actorId', 'text')}
        {input('schoolId', 'text')}
        {input('from', 'datetime-local')}
        {input('until', 'datetime-local')}
        <div className="actions">
          <button type="submit" className="primary">{t('audit.search')}</button>
          <button type="button" onClick={() => { setDraft(empty); setQuery({}); }}>{t('common.reset')}</button>
        </div>
      </form>

      {entries.loading ? <Busy text={t('common.loadingData')} /> : null}
      {entries.error ? <ProblemMessage error={entries.error} unplaced={entries.error.messagesNotIn([...FIELDS])}
                                       onSignIn={() => void login()} /> : null}
      {entries.data && !entries.loading ? (
        entries.data.length === 0 ? <p className="empty">{t('audit.empty')}</p> : (
          <>
            <p className="muted" role="status">{t('audit.count', { count: entries.data.length })}</p>
            <DataTable labelledBy="audit-title" className="audit" rows={entries.data} rowKey={(e) => e.id} columns={[
              { header: t('audit.seq'), cell: (e) => e.seq },
              {
                header: t('audit.occurredAt'), className: 'nowrap',
                cell: (e) => formatDateTimeShort(e.occurredAt, i18n.language),
              },
              {
                header: t('audit.recordedAt'), className: 'nowrap',
                cell: (e) => formatDateTimeShort(e.recordedAt, i18n.language),
              },
              { header: t('audit.kind'), cell: (e) => codeLabel(t, 'AuditKind', e.kind) },
              { header: t('audit.type'), cell: (e) => auditTypeLabel(t, e.type) },
              {
                header: t('audit.actor'),
                cell: (e) => `${e.actorId ?? '—'}${e.actorRole ? ` (${roleLabel(t, e.actorRole)})` : ''}`,
              },
              { header: t('audit.school'), cell: (e) => e.schoolId ?? '—' },
              { header: t('audit.case'), cell: (e) => (e.caseId ? <code>{e.caseId.substring(0, 8)}</code> : '—') },
              { header: t('audit.details'), className: 'small details', cell: (e) => summaryText(t, e.details) },
            ]} />
          </>
        )
      ) : null}
    </section>
  );
}
