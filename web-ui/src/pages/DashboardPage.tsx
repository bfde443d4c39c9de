import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import type { ActivityCounts, BoardCoverage, BoardDashboard } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { Busy } from '../components/Busy';
import { DataTable } from '../components/DataTable';
import { ProblemMessage } from '../components/ProblemMessage';
import { useDownload } from '../components/useDownload';
import { useLoad } from '../components/useLoad';
import { formatDay } from '../i18n/format';

ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip, Legend);
// readable on a tablet at arm's length
ChartJS.defaults.font.size = 14;
ChartJS.defaults.color = '#1b1f24';

/** Okabe–Ito: told apart also by people who see colours differently. */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

export interface YearSeries {
  years: string[];
  schools: { schoolId: string; schoolName: string; counts: number[] }[];
}

/** incidentsPerSchoolPerYear as one series per school (by its name) over every school year with a count. */
export function yearSeries(dashboard: BoardDashboard): YearSeries {
  const rows = dashboard.incidentsPerSchoolPerYear;
  const years = [...new Set(rows.map((r) => r.schoolYear))].sort();
  const schoolIds = [...new Set(rows.map((r) => r.schoolId))].sort();
  return {
    years,
    schools: schoolIds.map((schoolId) => ({
      schoolId,
      schoolName: rows.find((r) => r.schoolId === schoolId)?.schoolName ?? schoolId,
      counts: years.map((y) => rows.filter((r) => r.schoolId === schoolId && r.schoolYear === y)
        .reduce((sum, r) => sum + r.count, 0)),
    })),
  };
}

const commonOptions = {
  responsive: true,
  maintainAspectRatio: false,
  // no movement: calmer, and the same picture every time
  animation: false as const,
  plugins: { legend: { position: 'bottom' as const } },
};

/** The board's figures: no names, no pupil references, no texts — counts and durations only. */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const { api, identity, login } = useAuth();
  const board = identity?.board ?? '';
  const dashboard = useLoad((signal) => api.dashboard(signal), 'dashboard');
  const coverage = useLoad((signal) => api.coverage(board, signal), board, board !== '');

  const hours = (value: number | null | undefined) =>
    value === null || value === undefined ? t('dashboard.noData') : t('dashboard.hours', { count: value });

  return (
    <section aria-labelledby="dashboard-title">
      <h1 id="dashboard-title">{t('dashboard.title')}</h1>
      <p>{t('dashboard.intro')}</p>
      {dashboard.loading ? <Busy text={t('common.loadingData')} /> : null}
      {dashboard.error ? <ProblemMessage error={dashboard.error} onSignIn={() => void login()} /> : null}
      {dashboard.data ? (
        <>
          <ul className="kpis" aria-label={t('dashboard.title')}>
            <li className="kpi"><span className="kpi-value" data-testid="kpi-open">{dashboard.data.openCases}</span>
              <span className="kpi-label">{t('dashboard.openCases')}</span></li>
            <li className="kpi"><span className="kpi-value" data-testid="kpi-overdue">{dashboard.data.overdueCases}</span>
              <span className="kpi-label">{t('dashboard.overdueCases')}</span></li>
            <li className="kpi"><span className="kpi-value">{hours(dashboard.data.medianHoursToVictimConversation)}</span>
              <span className="kpi-label">{t('dashboard.medianVictim')}</span></li>
            <li className="kpi"><span className="kpi-value">{hours(dashboard.data.medianHoursToPoliceContact)}</span>
              <span className="kpi-label">{t('dashboard.medianPolice')}</span></li>
          </ul>
          <IncidentsChart dashboard={dashboard.data} />
        </>
      ) : null}
      {coverage.loading ? <Busy text={t('common.loadingData')} /> : null}
      {coverage.error ? (
        <div className="card">
          <p>{t('dashboard.coverageUnavailable')}</p>
          <ProblemMessage error={coverage.error} />
        </div>
      ) : null}
      {coverage.data ? <CoverageSection coverage={coverage.data} language={i18n.language} /> : null}
    </section>
  );
}

function IncidentsChart({ dashboard }: { dashboard: BoardDashboard }) {
  const { t } = useTranslation();
  const { api } = useAuth();
  const csv = useDownload();
  const series = yearSeries(dashboard);
  const title = t('reach.figures.perSchoolPerYear');

  return (
    <section className="card" aria-labelledby="incidents-title">
      <h2 id="incidents-title">{title}</h2>
      <p className="hint" data-testid="rounding-rule">{t('reach.figures.rounding', { base: dashboard.roundingBase })}</p>
      {series.years.length === 0 ? <p>{t('dashboard.noIncidents')}</p> : (
        <>
          <div className="chart" data-testid="incidents-chart">
            <Bar role="img" aria-label={t('dashboard.chartLabel', { title })}
                 options={{ ...commonOptions, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } }}
                 data={{
                   labels: series.years,
                   datasets: series.schools.map((s, i) => ({
                     label: s.schoolName, data: s.counts, backgroundColor: PALETTE[i % PALETTE.length],
                   })),
                 }} />
          </div>
          <details>
            <summary>{t('dashboard.tableView')}</summary>
            <DataTable label={title} rows={series.years} rowKey={(y) => y} columns={[
              { header: t('reach.figures.schoolYear'), rowHeader: true, cell: (y) => y },
              ...series.schools.map((s) => ({ header: s.schoolName, cell: (_: string, row: number) => s.counts[row] })),
            ]} />
          </details>
        </>
      )}
      <div className="actions">
        <button type="button" onClick={() => void csv.download(() => api.statisticsCsv(), 'registratie-sexting.csv')}
                disabled={csv.busy}>{t('reach.figures.downloadCsv')}</button>
        {csv.busy ? <Busy text={t('reach.figures.downloading')} /> : null}
      </div>
      {csv.error ? <ProblemMessage error={csv.error} /> : null}
    </section>
  );
}

function CoverageSection({ coverage, language }: { coverage: BoardCoverage; language: string }) {
  const { t } = useTranslation();
  const title = t('dashboard.coverage', { year: coverage.schoolYear });
  const kinds: [string, ActivityCounts][] = [
    [t('dashboard.lessons'), coverage.lessonsAfterIncidents],
    [t('dashboard.parentEvenings'), coverage.parentEvenings],
    [t('dashboard.policyReviews'), coverage.policyReviews],
    [t('dashboard.whomToTurnTo'), coverage.whomToTurnToActions],
  ];
  const measures: [string, keyof ActivityCounts, string][] = [
    [t('dashboard.countDone'), 'done', PALETTE[2]],
    [t('dashboard.countOpen'), 'open', PALETTE[0]],
    [t('dashboard.countOverdue'), 'overdue', PALETTE[5]],
    [t('dashboard.countCancelled'), 'cancelled', '#777777'],
  ];
  return (
    <section className="card" aria-labelledby="coverage-title">
      <h2 id="coverage-title">{title}</h2>
      <p data-testid="coverage-share">
        {t('dashboard.reviewedShare', { done: coverage.schoolsWithReviewedPolicy, total: coverage.schools })}
        {' · '}{formatDay(coverage.asOf, language)}
      </p>
      <div className="chart" data-testid="coverage-chart">
        <Bar role="img" aria-label={t('dashboard.chartLabel', { title })}
             options={{ ...commonOptions, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }}
             data={{
               labels: kinds.map(([label]) => label),
               datasets: measures.map(([label, key, color]) => ({
                 label, data: kinds.map(([, counts]) => counts[key]), backgroundColor: color,
               })),
             }} />
      </div>
      <details>
        <summary>{t('dashboard.tableView')}</summary>
        <DataTable label={title} rows={kinds} rowKey={([label]) => label} columns={[
          { header: t('dashboard.activities'), rowHeader: true, cell: ([label]) => label },
          ...measures.map(([m, key]) => ({ header: m, cell: ([, counts]: [string, ActivityCounts]) => counts[key] })),
        ]} />
      </details>
      <h3 id="per-school-title">{t('dashboard.perSchool')}</h3>
      <DataTable labelledBy="per-school-title" rows={coverage.perSchool} rowKey={(s) => s.schoolId} columns={[
        { header: t('dashboard.schools'), rowHeader: true, cell: (s) => s.name ?? s.schoolId },
        { header: t('dashboard.policyReviewed'), cell: (s) => (s.policyReviewed ? t('common.yes') : t('common.no')) },
        { header: t('dashboard.lessonsGiven'), cell: (s) => s.lessonsGiven },
        { header: t('dashboard.lessonsOpen'), cell: (s) => s.lessonsOpen },
        { header: t('dashboard.parentEveningsHeld'), cell: (s) => s.parentEveningsHeld },
      ]} />
    </section>
  );
}
