import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { homeOf } from '../auth/identity';
import { roleLabel } from '../i18n';

export function NotAllowedPage() {
  const { t } = useTranslation();
  const { role } = useAuth();
  return (
    <section className="card narrow" aria-labelledby="not-allowed-title">
      <h1 id="not-allowed-title">{t('common.notAllowed')}</h1>
      <p data-testid="not-allowed">{t('common.notAllowedText', { role: roleLabel(t, role) })}</p>
      <Link to={homeOf(role)}>{t('common.toHome')}</Link>
    </section>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  const { role } = useAuth();
  return (
    <section className="card narrow" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('common.notFound')}</h1>
      <p>{t('common.notFoundText')}</p>
      <Link to={homeOf(role)}>{t('common.toHome')}</Link>
    </section>
  );
}
