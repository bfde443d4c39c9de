import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CASES_PER_PAGE, type CaseListFilter } from '../api/client';
import { useAuth } from '../auth/AuthContext';
import { capabilitiesOf } from '../auth/identity';
import { Busy } from '../components/Busy';
import { DataTable } from '../components/DataTable';
import { Field, SelectField } from '../components/Field';
import { ProblemMessage } from '../components/ProblemMessage';
import { useLoad } from '../components/useLoad';
import { codeLabel } from '../i18n';
import { formatDateTimeShort } from '../i18n/format';

const FILTERS = ['schoolId', 'status', 'overdue', 'from', 'until'] as const;

/** The cases of the caller's schools (for a team member: their own reports), filtered; the filters live in the URL. */
export function CaseListPage() {
  const { t, i18n } = useTranslation();
  const { api, identity, role, login } = useAuth();
  const [params, setParams] = useSearchParams();
  const filter: CaseListFilter = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])) as CaseListFilter;
  const [draft, setDraft] = useState<CaseListFilter>(filter);
  const page = Math.max(0, Number(params.get('page') ?? '0') || 0);
  const listed = useLoad((signal) => api.listCasePage(filter, page, signal), params.toString());
  const cases = { ...listed, data: listed.data?.cases };
  const pages = listed.data ? Math.max(1, Math.ceil(listed.data.total / CASES_PER_PAGE)) : 1;

  function toPage(next: number) {
    const moved = new URLSearchParams(params);
    if (next > 0) moved.set('page', String(next)); else moved.delete('page');
    setParams(moved);
  }
  const team = role === 'TEAM_MEMBER';
  const schools = identity?.schools ?? [];

  function apply(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const f of FILTERS) {
      const value = draft[f];
      if (value) next.set(f, value);
    }
    setParams(next);
  }

  function clear() {
    setDraft({});
    setParams(new URLSearchParams());
  }

  const errorsFor = (field: string) => cases.error?.messagesFor(field) ?? [];
  const choose = (field: (typeof FILTERS)[number], value: string) =>
    setDraft({ ...draft, [field]: value } as CaseListFilter);

  /** A filter chosen from a list; the empty choice filters nothing. */
  const choiceFilter = (field: 'schoolId' | 'status' | 'overdue', id: string, label: string, empty: string,
                        options: { value: string; label: string }[]) => (
    <SelectField id={id} label={label} errors={errorsFor(field)} value={draft[field] ?? ''} empty={empty}
                 options={options} onChange={(v) => choose(field, v)} />
  );

  /** One end of the period in which the cases were reported. */
  const dateFilter = (field: 'from' | 'until', id: string, label: string) => (
    <Field id={id} label={label} errors={errorsFor(field)}>
      <input id={id} type="date" value={draft[field] ?? ''} onChange={(e) => choose(field, e.target.value)} />
    </Field>
  );

  return (
    <section aria-labelledby="cases-title">
      <div className="page-head">
        <h1 id="cases-title">{team ? t('cases.titleTeam') : t('cases.title')}</h1>
        {capabilitiesOf(role).report ? <Link className="button primary" to="/report">{t('cases.newReport')}</Link> : null}
      </div>
      {team ? <p>{t('cases.introTeam')}</p> : null}

      <form className="filters card" onSubmit={apply} aria-label={t('cases.filters')}>
        {!team && schools.length > 1
          ? choiceFilter('schoolId', 'filter-school', t('cases.school'), t('common.all'),
              schools.map((s) => ({ value: s, label: s })))
          : null}
        {choiceFilter('status', 'filter-status', t('cases.status'), t('common.all'), [
          { value: 'OPEN', label: t('cases.statusOPEN') },
          { value: 'CLOSED', label: t('cases.statusCLOSED') },
        ])}
        {choiceFilter('overdue', 'filter-overdue', t('cases.overdue'), t('cases.overdueAny'), [
          { value: 'true', label: t('cases.overdueYes') },
          { value: 'false', label: t('cases.overdueNo') },
        ])}
        {dateFilter('from', 'filter-from', t('cases.from'))}
        {dateFilter('until', 'filter-until', t('cases.until'))}
        <div className="actions">
          <button type="submit" className="primary">{t('common.apply')}</button>
          <button type="button" onClick={clear}>{t('common.reset')}</button>
        </div>
      </form>

      {cases.loading ? <Busy text={t('common.loadingData')} /> : null}
      {cases.error ? (
        <ProblemMessage error={cases.error} unplaced={cases.error.messagesNotIn([...FILTERS])}
                        onSignIn={() => void login()} />
      ) : null}
      {cases.data && !cases.loading ? (
        cases.data.length === 0 ? <p className="empty">{t('cases.empty')}</p> : (
          <>
            <p className="muted" role="status">{t('cases.count', { count: listed.data?.total ?? cases.data.length })}</p>
            <DataTable labelledBy="cases-title" className="cases" rows={cases.data} rowKey={(c) => c.caseId}
                       rowClassName={(c) => (c.overdue ? 'row-overdue' : undefined)} columns={[
              {
                header: t('cases.columns.case'),
                cell: (c) => (
                  <Link to={`/cases/${encodeURIComponent(c.caseId)}`}
                        aria-label={t('cases.openCase', { id: c.caseId.substring(0, 8) })}>
                    {c.caseId.substring(0, 8)}
                  </Link>
                ),
              },
              {
                header: t('cases.columns.cameToLightAt'), className: 'nowrap',
                cell: (c) => formatDateTimeShort(c.cameToLightAt, i18n.language),
              },
              { header: t('cases.columns.school'), cell: (c) => c.schoolId },
              { header: t('cases.columns.material'), cell: (c) => codeLabel(t, 'MaterialKind', c.materialKind) },
              {
                header: t('cases.columns.minorNude'),
                cell: (c) => (c.minorNudeInvolved ? t('common.yes') : t('common.no')),
              },
              {
                header: t('cases.columns.status'),
                cell: (c) => (
                  <>
                    <span className={`badge status-${c.status.toLowerCase()}`}>
                      {c.status === 'OPEN' ? t('cases.statusOPEN') : t('cases.statusCLOSED')}
                    </span>
                    {c.overdue ? <span className="badge overdue">{t('cases.overdueBadge')}</span> : null}
                  </>
                ),
              },
              {
                header: t('cases.columns.nextDue'), className: 'nowrap',
                cell: (c) => formatDateTimeShort(c.nextDueAt, i18n.language),
              },
            ]} />
            {pages > 1 ? (
              <nav className="pager" aria-label={t('cases.pages')}>
                <button type="button" className="button" disabled={page === 0} onClick={() => toPage(page - 1)}>
                  {t('cases.previousPage')}
                </button>
                <span>{t('cases.pageOf', { page: page + 1, pages })}</span>
                <button type="button" className="button" disabled={page + 1 >= pages} onClick={() => toPage(page + 1)}>
                  {t('cases.nextPage')}
                </button>
              </nav>
            ) : null}
          </>
        )
      ) : null}
    </section>
  );
}
