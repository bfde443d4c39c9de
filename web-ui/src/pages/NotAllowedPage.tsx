import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { homeOf } from '../auth/identity';
import { roleLabel } from '../i18n';

export function NotAllowedPage() {
  const { t } = useTranslation();
  const { role } = useAuth();
  return (
    <DeadEnd id="not-allowed-title" title={t('common.notAllowed')}>
      <p data-testid="not-allowed">{t('common.notAllowedText', { role: roleLabel(t, role) })}</p>
    </DeadEnd>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <DeadEnd id="not-found-title" title={t('common.notFound')}>
      <p>{t('common.notFoundText')}</p>
    </DeadEnd>
  );
}

/** A page with nothing to do here: why, and the way back to the caller's own start page. */
function DeadEnd({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const { t } = useTranslation();
  const { role } = useAuth();
  return (
    <section className="card narrow" aria-labelledby={id}>
      <h1 id={id}>{title}</h1>
      {children}
      <Link to={homeOf(role)}>{t('common.toHome')}</Link>
    </section>
  );
}
