import { useTranslation } from 'react-i18next';
import type { ApiError, FieldError, ProblemKind } from '../api/problem';
import { codeLabel } from '../i18n';

const HEADINGS: Record<ProblemKind, string> = {
  invalid: 'errors.invalid',
  unauthenticated: 'errors.unauthenticated',
  forbidden: 'errors.forbidden',
  'not-found': 'errors.notFound',
  stale: 'errors.stale',
  protocol: 'errors.protocol',
  conflict: 'errors.conflict',
  'too-large': 'errors.tooLarge',
  'rate-limited': 'errors.rateLimited',
  unavailable: 'errors.unavailable',
  server: 'errors.server',
  network: 'errors.network',
  other: 'errors.other',
};

/**
 * An error from the API in words: what it means in the user's language, what the service said, the messages that
 * belong to no field on the form, the steps still open, and a reference for the helpdesk.
 */
export function ProblemMessage({ error, unplaced, onReload, onSignIn }: {
  error: ApiError;
  /** field messages that have no field on this form (those with one are shown next to it) */
  unplaced?: FieldError[];
  onReload?: () => void;
  onSignIn?: () => void;
}) {
  const { t } = useTranslation();
  const rest = unplaced ?? [];
  return (
    <div className="problem" role="alert">
      <p className="problem-title">{t(HEADINGS[error.kind])}</p>
      {error.detail && error.kind !== 'invalid' ? (
        <p className="problem-detail"><span className="muted">{t('errors.serverSays')}</span> {error.detail}</p>
      ) : null}
      {rest.length > 0 ? (
        <ul className="problem-fields">
          {rest.map((e, i) => <li key={i}>{e.field ? <code>{e.field}</code> : null} {e.message}</li>)}
        </ul>
      ) : null}
      {error.openSteps.length > 0 ? (
        <>
          <p>{t('errors.openSteps')}</p>
          <ul>{error.openSteps.map((s) => <li key={s}>{codeLabel(t, 'ProtocolStep', s)}</li>)}</ul>
        </>
      ) : null}
      {error.correlationId ? <p className="muted small">{t('errors.reference', { id: error.correlationId })}</p> : null}
      {(error.kind === 'stale' || error.kind === 'not-found') && onReload ? (
        <button type="button" onClick={onReload}>{t('errors.reloadCase')}</button>
      ) : null}
      {error.kind === 'unauthenticated' && onSignIn ? (
        <button type="button" onClick={onSignIn}>{t('errors.signInAgain')}</button>
      ) : null}
    </div>
  );
}
