import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { Busy } from '../components/Busy';

/** The issuer sends the browser back here with the authorization code; the tokens are fetched, then on. */
export function CallbackPage() {
  const { t } = useTranslation();
  const { completeLogin, login } = useAuth();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | null>(null);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return; // the code can be exchanged once only
    started.current = true;
    completeLogin().then(
      (returnTo) => navigate(returnTo, { replace: true }),
      (e: unknown) => setFailure(e instanceof Error ? e.message : String(e)));
  }, [completeLogin, navigate]);

  return (
    <section className="card narrow">
      <h1>{t('login.title')}</h1>
      {failure === null ? <Busy text={t('login.callbackBusy')} /> : (
        <>
          <p className="problem" role="alert">{t('login.callbackFailed', { reason: failure })}</p>
          <button type="button" className="primary" onClick={() => void login('/')}>{t('login.tryAgain')}</button>
        </>
      )}
    </section>
  );
}
