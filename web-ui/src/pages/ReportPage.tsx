import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { newIdempotencyKey } from '../api/client';
import { ApiError, asApiError } from '../api/problem';
import { useAuth } from '../auth/AuthContext';
import { Busy } from '../components/Busy';
import { describedBy, Field, FieldSet, SelectField } from '../components/Field';
import { ProblemMessage } from '../components/ProblemMessage';
import { codeLabel } from '../i18n';
import { toLocalInput } from '../steps/mapping';
import {
  CAME_TO_LIGHT, initialReport, MATERIAL_KINDS, PLATFORMS, PUPIL_ROLES, sentPupilRows, toReportRequest,
  type ReportValues,
} from '../steps/report';

const FIELDS = ['schoolId', 'cameToLightAt', 'cameToLightHow', 'materialKind', 'platforms', 'minorNudeInvolved',
  'involvedPupils', 'yearGroups'];

/**
 * The guided report: where and when, what, who. One Idempotency-Key per report: trying the same report again after
 * a failure reaches the same case instead of opening a second one.
 */
export function ReportPage() {
  const { t } = useTranslation();
  const { api, identity, login } = useAuth();
  const navigate = useNavigate();
  const schools = identity?.schools ?? [];
  const [values, setValues] = useState<ReportValues>(() => initialReport(schools));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const key = useRef(newIdempotencyKey());
  const [sentRows, setSentRows] = useState<number[]>([]);

  const set = <K extends keyof ReportValues>(name: K, value: ReportValues[K]) => setValues((v) => ({ ...v, [name]: value }));
  const errorsFor = (field: string) => error?.messagesFor(field) ?? [];
  const pupilErrors = (row: number, part: 'pupilRef' | 'role') => {
    const sent = sentRows.indexOf(row);
    return sent < 0 ? [] : error?.messagesFor(`involvedPupils[${sent}].${part}`) ?? [];
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSentRows(sentPupilRows(values));
    try {
      const accepted = await api.report(toReportRequest(values), key.current);
      navigate(`/cases/${encodeURIComponent(accepted.caseId)}`, { state: { expectVersion: accepted.version } });
    } catch (failure) {
      setError(asApiError(failure));
      setBusy(false);
    }
  }

  const pupilsErrors = error?.errors.filter((e) => e.field === 'involvedPupils').map((e) => e.message) ?? [];
  const pupilMessagesPlaced = (e: { field: string }) => /^involvedPupils\[\d+]\.(pupilRef|role)$/.test(e.field);

  return (
    <section aria-labelledby="report-title">
      <h1 id="report-title">{t('report.title')}</h1>
      <p className="intro">{t('report.intro')}</p>
      <form className="card report-form" onSubmit={submit} noValidate>
        {error ? (
          <ProblemMessage error={error}
                          unplaced={error.messagesNotIn(FIELDS).concat(error.errors.filter((e) =>
                            e.field.startsWith('involvedPupils') && !pupilMessagesPlaced(e)
                            && e.field !== 'involvedPupils'))}
                          onSignIn={() => void login()} />
        ) : null}

        <SelectField id="report-school" label={t('report.school')} errors={errorsFor('schoolId')} required
                     value={values.schoolId} empty={t('report.choose')}
                     options={schools.map((s) => ({ value: s, label: s }))}
                     onChange={(v) => set('schoolId', v)} />
        <Field id="report-at" label={t('report.cameToLightAt')} errors={errorsFor('cameToLightAt')} required>
          <input id="report-at" type="datetime-local" value={values.cameToLightAt} max={toLocalInput(new Date())}
                 aria-required="true" aria-invalid={errorsFor('cameToLightAt').length > 0}
                 aria-describedby={describedBy('report-at', undefined, errorsFor('cameToLightAt'))}
                 onChange={(e) => set('cameToLightAt', e.target.value)} />
        </Field>
        <SelectField id="report-how" label={t('report.cameToLightHow')} errors={errorsFor('cameToLightHow')} required
                     value={values.cameToLightHow} empty={t('report.choose')}
                     options={CAME_TO_LIGHT.map((c) => ({ value: c, label: codeLabel(t, 'CameToLight', c) }))}
                     onChange={(v) => set('cameToLightHow', v)} />
        <SelectField id="report-material" label={t('report.materialKind')} errors={errorsFor('materialKind')} required
                     value={values.materialKind} empty={t('report.choose')}
                     options={MATERIAL_KINDS.map((c) => ({ value: c, label: codeLabel(t, 'MaterialKind', c) }))}
                     onChange={(v) => set('materialKind', v)} />
        <FieldSet id="report-platforms" legend={t('report.platforms')} errors={errorsFor('platforms')}>
          {PLATFORMS.map((p) => (
            <div className="checkbox" key={p}>
              <input id={`report-platform-${p}`} type="checkbox" checked={values.platforms.includes(p)}
                     onChange={(e) => set('platforms', e.target.checked
                       ? [...values.platforms, p] : values.platforms.filter((x) => x !== p))} />
              <label htmlFor={`report-platform-${p}`}>{codeLabel(t, 'Platform', p)}</label>
            </div>
          ))}
        </FieldSet>
        <FieldSet id="report-minor-nude" legend={t('report.minorNudeInvolved')} hint={t('report.minorNudeHelp')}
                  errors={errorsFor('minorNudeInvolved')} required>
          {(['yes', 'no'] as const).map((answer) => (
            <div className="radio" key={answer}>
              <input id={`report-minor-nude-${answer}`} type="radio" name="minorNudeInvolved" value={answer}
                     checked={values.minorNudeInvolved === answer}
                     onChange={() => set('minorNudeInvolved', answer)} />
              <label htmlFor={`report-minor-nude-${answer}`}>{answer === 'yes' ? t('common.yes') : t('common.no')}</label>
            </div>
          ))}
        </FieldSet>

        <fieldset className="field pupils" aria-describedby={pupilsErrors.length > 0 ? 'report-pupils-error' : undefined}>
          <legend>{t('report.pupils')}</legend>
          <p className="hint">{t('common.personRefHint')}</p>
          {values.pupils.map((pupil, row) => (
            <div className="pupil-row" key={row} role="group" aria-label={t('report.pupilN', { n: row + 1 })}>
              <Field id={`report-pupil-${row}-ref`} label={`${t('report.pupilRef')} ${row + 1}`}
                     errors={pupilErrors(row, 'pupilRef')}>
                <input id={`report-pupil-${row}-ref`} type="text" autoComplete="off" spellCheck={false}
                       value={pupil.pupilRef} aria-invalid={pupilErrors(row, 'pupilRef').length > 0}
                       aria-describedby={describedBy(`report-pupil-${row}-ref`, undefined, pupilErrors(row, 'pupilRef'))}
                       onChange={(e) => set('pupils', values.pupils.map((p, i) => i === row ? { ...p, pupilRef: e.target.value } : p))} />
              </Field>
              <Field id={`report-pupil-${row}-role`} label={`${t('report.pupilRole')} ${row + 1}`}
                     errors={pupilErrors(row, 'role')}>
                <select id={`report-pupil-${row}-role`} value={pupil.role}
                        aria-invalid={pupilErrors(row, 'role').length > 0}
                        aria-describedby={describedBy(`report-pupil-${row}-role`, undefined, pupilErrors(row, 'role'))}
                        onChange={(e) => set('pupils', values.pupils.map((p, i) => i === row ? { ...p, role: e.target.value } : p))}>
                  <option value="">{t('report.choose')}</option>
                  {PUPIL_ROLES.map((r) => <option key={r} value={r}>{codeLabel(t, 'PersonRole', r)}</option>)}
                </select>
              </Field>
              <button type="button" className="link-button"
                      onClick={() => set('pupils', values.pupils.filter((_, i) => i !== row))}>
                {t('report.removePupil', { n: row + 1 })}
              </button>
            </div>
          ))}
          <button type="button" onClick={() => set('pupils', [...values.pupils, { pupilRef: '', role: '' }])}>
            {t('report.addPupil')}
          </button>
          {pupilsErrors.length > 0 ? (
            <p className="field-error" id="report-pupils-error">{pupilsErrors.join(' ')}</p>
          ) : null}
        </fieldset>

        <Field id="report-year-groups" label={t('report.yearGroups')} hint={t('report.yearGroupsHelp')}
               errors={errorsFor('yearGroups')}>
          <input id="report-year-groups" type="text" value={values.yearGroups}
                 aria-invalid={errorsFor('yearGroups').length > 0}
                 aria-describedby={describedBy('report-year-groups', t('report.yearGroupsHelp'), errorsFor('yearGroups'))}
                 onChange={(e) => set('yearGroups', e.target.value)} />
        </Field>

        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>{t('report.submit')}</button>
          {busy ? <Busy text={t('report.busy')} /> : null}
        </div>
      </form>
    </section>
  );
}
