import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../api/client';
import { newIdempotencyKey } from '../api/client';
import { ApiError, asApiError } from '../api/problem';
import type { CaseView } from '../api/types';
import { Busy } from '../components/Busy';
import { describedBy, Field, FieldSet } from '../components/Field';
import { ProblemMessage } from '../components/ProblemMessage';
import { codeLabel, roleLabel } from '../i18n';
import { nl } from '../i18n/messages';
import { STAFF_ROLE_CODES, suggestions, type FieldDef, type StepDef } from './definitions';
import { fieldIdFor, initialValues, toLocalInput, toRequestBody, type FieldValue, type FormValues } from './mapping';

export function optionCodes(field: FieldDef): string[] {
  if (field.options === 'roles') return [...STAFF_ROLE_CODES];
  if (field.options) return Object.keys(nl.codes[field.options]);
  return [];
}

/**
 * One protocol step as a form. Sends the case version it was opened on as If-Match, and one Idempotency-Key per
 * submission (kept when the same submission is tried again after a failure, new after a success). The service's
 * messages appear next to the field they are about.
 */
export function StepForm({ step, view, api, onSaved, onReload }: {
  step: StepDef;
  view: CaseView;
  api: ApiClient;
  onSaved: (version: number) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<FormValues>(() => initialValues(step, view));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const key = useRef(newIdempotencyKey());
  const seenVersion = view.version;
  const fieldNames = useMemo(() => ['occurredAt', ...step.fields.map((f) => f.name)], [step]);

  const set = (name: string, value: FieldValue) => setValues((v) => ({ ...v, [name]: value }));
  const errorsFor = (name: string) => error?.messagesFor(name) ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const accepted = await api.step(view.caseId, step.path, toRequestBody(step, values), seenVersion, key.current);
      key.current = newIdempotencyKey();
      onSaved(accepted.version);
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setBusy(false);
    }
  }

  const id = (name: string) => fieldIdFor(step.path, name);
  const now = toLocalInput(new Date());

  return (
    <form className="step-form" onSubmit={submit} noValidate aria-labelledby={`${id('title')}`}>
      <h3 id={id('title')}>{t(`steps.${step.path}.title`)}</h3>
      <p className="hint">{t(`steps.${step.path}.help`)}</p>
      <p className="muted small">{t('stepForm.forVersion')}</p>
      {error ? <ProblemMessage error={error} unplaced={error.messagesNotIn(fieldNames)} onReload={onReload} /> : null}

      <Field id={id('occurredAt')} label={t('stepForm.occurredAt')} hint={t('stepForm.occurredAtHelp')}
             errors={errorsFor('occurredAt')} required>
        <input id={id('occurredAt')} name="occurredAt" type="datetime-local" max={now} aria-required="true"
               value={values.occurredAt as string} onChange={(e) => set('occurredAt', e.target.value)}
               aria-invalid={errorsFor('occurredAt').length > 0}
               aria-describedby={describedBy(id('occurredAt'), t('stepForm.occurredAtHelp'), errorsFor('occurredAt'))} />
      </Field>

      {step.fields.map((field) => (
        <StepField key={field.name} field={field} id={id(field.name)} value={values[field.name]} view={view}
                   errors={errorsFor(field.name)} onChange={(v) => set(field.name, v)}
                   errorsForPart={(part) => [
                     ...(error?.messagesFor(`${field.name}.${part}`) ?? []),
                     // closing refused: each open step without a reason gets a word next to its own reason box
                     ...(field.kind === 'stepReasons' && error?.openSteps.includes(part) ? [t('stepForm.reasonNeeded')] : []),
                   ]}
                   idForPart={(part) => id(`${field.name}.${part}`)} />
      ))}

      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>{t('stepForm.submit')}</button>
        {busy ? <Busy text={t('stepForm.busy')} /> : null}
      </div>
    </form>
  );
}

function StepField({ field, id, value, view, errors, onChange, errorsForPart, idForPart }: {
  field: FieldDef;
  id: string;
  value: FieldValue | undefined;
  view: CaseView;
  errors: string[];
  onChange: (value: FieldValue) => void;
  errorsForPart: (part: string) => string[];
  idForPart: (part: string) => string;
}) {
  const { t } = useTranslation();
  const label = t(`fields.${field.label}`);
  const invalid = errors.length > 0;
  const common = {
    id,
    name: field.name,
    'aria-invalid': invalid,
    'aria-required': field.required ? true : undefined,
  } as const;

  switch (field.kind) {
    case 'boolean':
      return (
        <div className={`field checkbox${invalid ? ' field-invalid' : ''}`}>
          <input {...common} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)}
                 aria-describedby={describedBy(id, undefined, errors)} />
          <label htmlFor={id}>{label}</label>
          {invalid ? <p className="field-error" id={`${id}-error`}>{errors.join(' ')}</p> : null}
        </div>
      );
    case 'select': {
      const codes = optionCodes(field);
      return (
        <Field id={id} label={label} errors={errors} required={field.required}>
          <select {...common} value={(value as string) ?? ''} onChange={(e) => onChange(e.target.value)}
                  aria-describedby={describedBy(id, undefined, errors)}>
            <option value="">{t('report.choose')}</option>
            {codes.map((code) => (
              <option key={code} value={code}>
                {field.options === 'roles' ? roleLabel(t, code) : codeLabel(t, field.options!, code)}
              </option>
            ))}
          </select>
        </Field>
      );
    }
    case 'multi': {
      const chosen = Array.isArray(value) ? value : [];
      return (
        <FieldSet id={id} legend={label} errors={errors} required={field.required}>
          {optionCodes(field).map((code) => {
            const optionId = `${id}-${code}`;
            return (
              <div className="checkbox" key={code}>
                <input id={optionId} type="checkbox" checked={chosen.includes(code)}
                       onChange={(e) => onChange(e.target.checked ? [...chosen, code] : chosen.filter((c) => c !== code))} />
                <label htmlFor={optionId}>
                  {field.options === 'roles' ? roleLabel(t, code) : codeLabel(t, field.options!, code)}
                </label>
              </div>
            );
          })}
        </FieldSet>
      );
    }
    case 'textarea':
      return (
        <Field id={id} label={label} errors={errors} required={field.required}>
          <textarea {...common} rows={3} value={(value as string) ?? ''} onChange={(e) => onChange(e.target.value)}
                    aria-describedby={describedBy(id, undefined, errors)} />
        </Field>
      );
    case 'day':
      return (
        <Field id={id} label={label} errors={errors} required={field.required}>
          <input {...common} type="date" value={(value as string) ?? ''} onChange={(e) => onChange(e.target.value)}
                 aria-describedby={describedBy(id, undefined, errors)} />
        </Field>
      );
    case 'moment':
      return (
        <Field id={id} label={label} errors={errors} required={field.required}>
          <input {...common} type="datetime-local" value={(value as string) ?? ''}
                 min={field.future ? toLocalInput(new Date()) : undefined}
                 onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy(id, undefined, errors)} />
        </Field>
      );
    case 'person':
    case 'people': {
      const hint = field.kind === 'people' ? `${t('common.personRefHint')} ${t('common.listHint')}` : t('common.personRefHint');
      const options = suggestions(view, field.suggest);
      return (
        <Field id={id} label={label} hint={hint} errors={errors} required={field.required}>
          <input {...common} type="text" autoComplete="off" spellCheck={false} value={(value as string) ?? ''}
                 list={options.length > 0 ? `${id}-suggestions` : undefined}
                 onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy(id, hint, errors)} />
          {options.length > 0 ? (
            <datalist id={`${id}-suggestions`}>{options.map((ref) => <option key={ref} value={ref} />)}</datalist>
          ) : null}
        </Field>
      );
    }
    case 'stepReasons': {
      const reasons = value && typeof value === 'object' && !Array.isArray(value) ? value : {};
      const steps = Object.keys(reasons);
      if (steps.length === 0) return null;
      return (
        <FieldSet id={id} legend={label} errors={errors} stacked>
          {steps.map((stepName) => {
            const partId = idForPart(stepName);
            const partErrors = errorsForPart(stepName);
            const partLabel = t('fields.skippedStepReasonFor', { step: codeLabel(t, 'ProtocolStep', stepName) });
            return (
              <Field key={stepName} id={partId} label={partLabel} errors={partErrors} className="wide">
                <textarea id={partId} rows={2} value={reasons[stepName]} aria-invalid={partErrors.length > 0}
                          aria-describedby={describedBy(partId, undefined, partErrors)}
                          onChange={(e) => onChange({ ...reasons, [stepName]: e.target.value })} />
              </Field>
            );
          })}
        </FieldSet>
      );
    }
    default:
      return (
        <Field id={id} label={label} errors={errors} required={field.required}>
          <input {...common} type="text" value={(value as string) ?? ''} onChange={(e) => onChange(e.target.value)}
                 aria-describedby={describedBy(id, undefined, errors)} />
        </Field>
      );
  }
}
