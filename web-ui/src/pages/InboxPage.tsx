import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, asApiError } from '../api/problem';
import type { InboxItem } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { capabilitiesOf } from '../auth/identity';
import { Busy } from '../components/Busy';
import { ProblemMessage } from '../components/ProblemMessage';
import { useLoad } from '../components/useLoad';
import { codeLabel } from '../i18n';
import { formatDateTime } from '../i18n/format';

/** The signed-in staff member's messages (GET /api/notifications/inbox/{sub}); a briefing's item leads to the briefing itself. */
export function InboxPage() {
  const { t, i18n } = useTranslation();
  const { api, identity, role, login } = useAuth();
  const { caseId } = useParams();
  const sub = identity?.sub ?? '';
  const inbox = useLoad((signal) => api.inbox(sub, signal), sub, sub !== '');
  const [changed, setChanged] = useState<Record<string, InboxItem>>({});
  const [marking, setMarking] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const mayOpenCases = capabilitiesOf(role).caseDetails;

  const items = (inbox.data ?? []).map((item) => changed[item.itemId] ?? item)
    .filter((item) => !caseId || item.caseId === caseId);

  async function markRead(item: InboxItem) {
    setMarking(item.itemId);
    setError(null);
    try {
      const updated = await api.markRead(sub, item.itemId);
      setChanged((c) => ({ ...c, [item.itemId]: updated }));
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setMarking(null);
    }
  }

  return (
    <section aria-labelledby="inbox-title">
      <h1 id="inbox-title">{t('inbox.title')}</h1>
      <p>{caseId ? t('inbox.onlyCase', { id: caseId.substring(0, 8) }) : t('inbox.intro')}</p>
      {caseId ? <p><Link to="/inbox">{t('inbox.showAll')}</Link></p> : null}
      {inbox.loading ? <Busy text={t('common.loadingData')} /> : null}
      {inbox.error ? <ProblemMessage error={inbox.error} onSignIn={() => void login()} /> : null}
      {error ? <ProblemMessage error={error} /> : null}
      {inbox.data && items.length === 0 ? <p className="empty">{t('inbox.empty')}</p> : null}
      <ul className="inbox">
        {items.map((item) => (
          <li key={item.itemId}>
            <article className={`card message${item.read ? ' read' : ' unread'}`} aria-labelledby={`msg-${item.itemId}`}>
              <header className="message-head">
                <h2 id={`msg-${item.itemId}`}>{item.subject}</h2>
                <span className={`badge ${item.read ? 'state-done' : 'info'}`}>
                  {item.read ? t('inbox.read') : t('inbox.unread')}
                </span>
              </header>
              <p className="muted small">
                {codeLabel(t, 'MessageKind', item.kind)} · {t('inbox.received')} {formatDateTime(item.createdAt, i18n.language)}
              </p>
              <p className="message-body">{item.body}</p>
              <div className="actions">
                {item.caseId && item.kind === 'TEAM_BRIEFING' ? (
                  <Link to={`/cases/${encodeURIComponent(item.caseId)}/team-briefing`}>{t('reach.briefing.read')}</Link>
                ) : null}
                {item.caseId && mayOpenCases ? (
                  <Link to={`/cases/${encodeURIComponent(item.caseId)}`}>{t('inbox.toCase')}</Link>
                ) : null}
                {!item.read ? (
                  <button type="button" onClick={() => void markRead(item)} disabled={marking === item.itemId}>
                    {t('inbox.markRead')}
                  </button>
                ) : null}
                {marking === item.itemId ? <Busy text={t('inbox.marking')} /> : null}
              </div>
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}
