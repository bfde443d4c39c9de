import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
  children: ReactNode;
  className?: string;
}

/** The ids a control points at with aria-describedby: its hint and its errors. */
export function describedBy(id: string, hint?: string, errors?: string[]): string | undefined {
  const ids = [hint ? `${id}-hint` : null, errors && errors.length > 0 ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** A control with its visible label, its hint, and the service's messages about it right below. */
export function Field({ id, label, hint, errors = [], required, children, className }: FieldProps) {
  const { t } = useTranslation();
  return (
    <div className={`field${errors.length > 0 ? ' field-invalid' : ''}${className ? ' ' + className : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="required"> ({t('common.required')})</span> : null}
      </label>
      {hint ? <p className="hint" id={`${id}-hint`}>{hint}</p> : null}
      {children}
      {errors.length > 0 ? (
        <p className="field-error" id={`${id}-error`}>
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

/** A group of checkboxes or radio buttons under one visible legend. */
export function FieldSet({ id, legend, hint, errors = [], required, children, stacked }: {
  id: string; legend: string; hint?: string; errors?: string[]; required?: boolean; children: ReactNode;
  /** one below the other (text boxes) instead of side by side (checkboxes) */
  stacked?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className={`field${errors.length > 0 ? ' field-invalid' : ''}`} id={id}
              aria-describedby={describedBy(id, hint, errors)}>
      <legend>
        {legend}
        {required ? <span className="required"> ({t('common.required')})</span> : null}
      </legend>
      {hint ? <p className="hint" id={`${id}-hint`}>{hint}</p> : null}
      <div className={stacked ? 'stacked' : 'choices'}>{children}</div>
      {errors.length > 0 ? <p className="field-error" id={`${id}-error`}>{errors.join(' ')}</p> : null}
    </fieldset>
  );
}

/**
 * A choice from a list: a select in a {@link Field}, with an empty first option (nothing chosen yet, or "all" in a
 * filter) and the service's messages about it.
 */
export function SelectField({ id, label, hint, errors = [], required, value, empty, options, onChange }: {
  id: string; label: string; hint?: string; errors?: string[]; required?: boolean;
  value: string;
  /** the text of the empty first option */
  empty: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors} required={required}>
      <select id={id} value={value} aria-required={required ? 'true' : undefined}
              aria-invalid={errors.length > 0} aria-describedby={describedBy(id, hint, errors)}
              onChange={(e) => onChange(e.target.value)}>
        <option value="">{empty}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </Field>
  );
}
