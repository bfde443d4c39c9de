import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';
import { roleLabel } from '../i18n';

export function WhoAmIPage() {
  const { t } = useTranslation();
  const { identity, role } = useAuth();
  if (!identity) return null;
  return (
    <section className="card narrow" aria-labelledby="me-title">
      <h1 id="me-title">{t('me.title')}</h1>
      <dl className="facts">
        <dt>{t('me.name')}</dt>
        <dd data-testid="me-name">{identity.name}</dd>
        <dt>{t('me.role')}</dt>
        <dd data-testid="me-role">{roleLabel(t, role)}</dd>
        {identity.roles.length > 1 ? (
          <>
            <dt>{t('me.roles')}</dt>
            <dd>{identity.roles.map((r) => roleLabel(t, r)).join(t('common.listSeparator'))}</dd>
          </>
        ) : null}
        <dt>{t('me.schools')}</dt>
        <dd data-testid="me-schools">
          {identity.schools.length > 0 ? identity.schools.join(t('common.listSeparator')) : t('me.noSchools')}
        </dd>
        <dt>{t('me.board')}</dt>
        <dd>{identity.board ?? '—'}</dd>
        <dt>{t('me.sub')}</dt>
        <dd><code>{identity.sub}</code></dd>
      </dl>
    </section>
  );
}
