import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { Busy } from '../components/Busy';

/** Signed out: one button to the issuer's login form; afterwards back to the page asked for. */
export function LoginPage() {
  const { t } = useTranslation();
  const { login } = useAuth();
  const location = useLocation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function start() {
    setBusy(true);
    setFailure(null);
    try {
      await login(location.pathname === '/' ? '/' : location.pathname + location.search);
    } catch (e) {
      setBusy(false);
      setFailure(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <section className="card narrow" aria-labelledby="login-title">
      <h1 id="login-title">{t('login.title')}</h1>
      <p>{t('login.intro')}</p>
      <button type="button" className="primary" onClick={() => void start()} disabled={busy}>
        {t('login.button')}
      </button>
      {busy ? <Busy text={t('login.redirecting')} /> : null}
      {failure ? <p className="problem" role="alert">{t('login.callbackFailed', { reason: failure })}</p> : null}
    </section>
  );
}
