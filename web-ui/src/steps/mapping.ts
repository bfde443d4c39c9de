import type { CaseView } from '../api/types';
import { openRequiredSteps, suggestions, type FieldDef, type StepDef } from './definitions';

// From what a form holds to the JSON body a step takes, and back to a fresh form. Pure: tested on its own.

export type FieldValue = string | boolean | string[] | Record<string, string>;
export type FormValues = Record<string, FieldValue>;

/** The value of an <input type="datetime-local"> for a moment, in the browser's time zone: 2026-11-20T10:00. */
export function toLocalInput(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}T${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
}

/** The instant an <input type="datetime-local"> means (browser time zone), or null when empty or unreadable. */
export function localInputToInstant(value: string): string | null {
  if (value.trim() === '') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** "S-1, S-2\nS-3" → ["S-1", "S-2", "S-3"] */
export function splitList(value: string): string[] {
  return value.split(/[,;\n]/).map((v) => v.trim()).filter((v) => v !== '');
}

function emptyValue(field: FieldDef): FieldValue {
  switch (field.kind) {
    case 'boolean':
      return false;
    case 'multi':
      return [];
    case 'stepReasons':
      return {};
    default:
      return '';
  }
}

/** A fresh form: now as the moment it happened, the obvious person filled in where there is only one. */
export function initialValues(step: StepDef, view: CaseView, now: Date = new Date()): FormValues {
  const values: FormValues = { occurredAt: toLocalInput(now) };
  for (const field of step.fields) {
    values[field.name] = emptyValue(field);
    if (field.kind === 'person' && field.suggest) {
      const candidates = suggestions(view, field.suggest);
      if (candidates.length === 1) values[field.name] = candidates[0];
    }
    if (field.kind === 'stepReasons') {
      values[field.name] = Object.fromEntries(openRequiredSteps(view).map((s) => [s, '']));
    }
  }
  return values;
}

function text(value: FieldValue | undefined): string {
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * The request body of a step. Empty optional fields are left out (the service says what is missing);
 * yes/no fields are always sent; lists are arrays; moments are instants.
 */
export function toRequestBody(step: StepDef, values: FormValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  const occurredAt = localInputToInstant(text(values.occurredAt));
  if (occurredAt !== null) body.occurredAt = occurredAt;
  for (const field of step.fields) {
    const value = values[field.name];
    switch (field.kind) {
      case 'boolean':
        body[field.name] = value === true;
        break;
      case 'multi':
        if (Array.isArray(value) && value.length > 0) body[field.name] = [...value];
        break;
      case 'people': {
        const list = Array.isArray(value) ? value.map((v) => v.trim()).filter((v) => v !== '') : splitList(text(value));
        if (list.length > 0) body[field.name] = list;
        break;
      }
      case 'moment': {
        const instant = localInputToInstant(text(value));
        if (instant !== null) body[field.name] = instant;
        break;
      }
      case 'stepReasons': {
        const reasons: Record<string, string> = {};
        if (value && typeof value === 'object' && !Array.isArray(value)) {
          for (const [stepName, reason] of Object.entries(value)) {
            if (reason.trim() !== '') reasons[stepName] = reason.trim();
          }
        }
        body[field.name] = reasons;
        break;
      }
      default: {
        const single = text(value);
        if (single !== '') body[field.name] = single;
      }
    }
  }
  return nested(body);
}

/** `facts.acts` → `{ facts: { acts } }`: a step whose fields form an object (a person's facts). */
function nested(flat: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(flat)) {
    const dot = name.indexOf('.');
    if (dot < 0) {
      body[name] = value;
    } else {
      const outer = name.slice(0, dot);
      const inner = (body[outer] as Record<string, unknown> | undefined) ?? {};
      inner[name.slice(dot + 1)] = value;
      body[outer] = inner;
    }
  }
  return body;
}

/** Where an error about an API field is shown: `skippedStepReasons.SANCTIONS` belongs to its own textarea. */
export function fieldIdFor(step: string, field: string): string {
  return `step-${step}-${field.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}
