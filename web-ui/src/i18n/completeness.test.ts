import { describe, expect, it } from 'vitest';
import { ROLES } from '../auth/identity';
import { STAFF_ROLE_CODES, STEPS } from '../steps/definitions';
import { CAME_TO_LIGHT, MATERIAL_KINDS, PLATFORMS, PUPIL_ROLES } from '../steps/report';
import { en, nl } from './messages';

function flatten(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value as object, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('the dictionaries', () => {
  const dutch = flatten(nl);
  const english = flatten(en);

  it('have every Dutch key in English, and nothing English that Dutch lacks', () => {
    const missing = [...dutch.keys()].filter((k) => !english.has(k));
    const extra = [...english.keys()].filter((k) => !dutch.has(k));
    expect(missing).toEqual([]);
    expect(extra).toEqual([]);
    expect(dutch.size).toBeGreaterThan(300);
  });

  it('have no empty texts, and the same placeholders in both languages', () => {
    for (const [key, text] of dutch) {
      expect(text.trim(), key).not.toBe('');
      expect(english.get(key)!.trim(), key).not.toBe('');
      expect(placeholders(english.get(key)!), key).toEqual(placeholders(text));
    }
  });

  it('name every step form, every field and every code a form offers', () => {
    for (const step of STEPS) {
      expect(dutch.has(`steps.${step.path}.title`), step.path).toBe(true);
      expect(dutch.has(`steps.${step.path}.help`), step.path).toBe(true);
      for (const field of step.fields) {
        expect(dutch.has(`fields.${field.label}`), `${step.path}.${field.name}`).toBe(true);
        if (field.options && field.options !== 'roles') {
          expect(Object.keys(nl.codes[field.options]).length, field.options).toBeGreaterThan(1);
        }
      }
    }
    const groups: [string, readonly string[]][] = [['CameToLight', CAME_TO_LIGHT], ['MaterialKind', MATERIAL_KINDS],
      ['Platform', PLATFORMS], ['PersonRole', PUPIL_ROLES]];
    for (const [group, codes] of groups) {
      for (const code of codes) expect(dutch.has(`codes.${group}.${code}`), `${group}.${code}`).toBe(true);
    }
    for (const role of [...ROLES, ...STAFF_ROLE_CODES]) expect(dutch.has(`roles.${role}`), role).toBe(true);
  });

  it('are Dutch first: the Dutch texts are not the English ones', () => {
    const same = [...dutch].filter(([key, text]) => english.get(key) === text && !key.startsWith('codes.Platform')
      && !key.startsWith('codes.Channel') && !['codes.SupportKind.GGD', 'common.listSeparator', 'nav.dashboard',
        'dashboard.tableView'].includes(key));
    // a handful of words are the same in both languages (Status, Video, Open, ...)
    expect(same.length).toBeLessThan(25);
  });
});
