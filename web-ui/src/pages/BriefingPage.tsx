import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { Busy } from '../components/Busy';
import { ProblemMessage } from '../components/ProblemMessage';
import { useLoad } from '../components/useLoad';
import { codeLabel } from '../i18n';
import { formatDateTime } from '../i18n/format';

/**
 * The team briefing, where the mail's link and the inbox item lead (/cases/{id}/team-briefing): the text the school
 * leader wrote for the team, for a staff member the briefing names (GET /api/cases/{id}/team-briefing); anyone else
 * gets "not found". Each reading is recorded in the log by the service.
 */
export function BriefingPage() {
  const { t, i18n } = useTranslation();
  const { api, login } = useAuth();
  const { caseId = '' } = useParams();
  const briefing = useLoad((signal) => api.briefing(caseId, signal), caseId, caseId !== '');

  return (
    <section aria-labelledby="briefing-title">
      <h1 id="briefing-title">{t('reach.briefing.title')}</h1>
      <p>{t('reach.briefing.intro')}</p>
      {briefing.loading ? <Busy text={t('common.loadingData')} /> : null}
      {briefing.error?.status === 404 ? <p className="empty">{t('reach.briefing.notFound')}</p> : null}
      {briefing.error && briefing.error.status !== 404
        ? <ProblemMessage error={briefing.error} onSignIn={() => void login()} /> : null}
      {briefing.data?.briefings.map((b) => (
        <article key={b.briefedAt} className="card message" data-testid="briefing">
          <p className="muted small">{t('reach.briefing.briefedAt', { at: formatDateTime(b.briefedAt, i18n.language) })}</p>
          <p className="message-body">{b.summary}</p>
          {b.namesShared ? <p>{t('reach.briefing.namesShared')}</p> : null}
          {b.classDiscussion ? (
            <p><strong>{t('reach.briefing.classDiscussion')}:</strong> {codeLabel(t, 'ClassDiscussion', b.classDiscussion)}</p>
          ) : null}
          {b.leadsDiscussion ? <p><strong>{t('reach.briefing.youLead')}</strong></p> : null}
        </article>
      ))}
      <p><Link to="/inbox">{t('reach.briefing.toInbox')}</Link></p>
    </section>
  );
}
