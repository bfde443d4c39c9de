import i18next, { type TFunction } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, nl } from './messages';

// i18next with react-i18next: maintained, with per-language plural rules and interpolation, and components
// re-render when the language changes. The texts are one JSON message file per language (see messages.ts): a
// missing translation is a compile error as well as a test failure.

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'case-desk.language';

export const resources = {
  nl: { translation: nl },
  en: { translation: en },
} as const;

function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

export function setupI18n(language: Language = storedLanguage()) {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: 'nl',
      supportedLngs: [...LANGUAGES],
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
      initAsync: false,
    });
  } else {
    void i18next.changeLanguage(language);
  }
  document.documentElement.lang = language;
  return i18next;
}

export function switchLanguage(language: Language) {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
  document.documentElement.lang = language;
  void i18next.changeLanguage(language);
}

export type CodeGroup = keyof typeof nl.codes;

/** The words for an API code (`codes.<group>.<code>`); the code itself when there are none. */
export function codeLabel(t: TFunction, group: CodeGroup, code: string | null | undefined): string {
  if (code === null || code === undefined || code === '') return '—';
  return t(`codes.${group}.${code}`, { defaultValue: code });
}

export function roleLabel(t: TFunction, role: string | null | undefined): string {
  if (!role) return '—';
  return t(`roles.${role}`, { defaultValue: role });
}
