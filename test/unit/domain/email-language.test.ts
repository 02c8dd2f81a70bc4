import { describe, expect, it } from 'vitest';
import { emailLanguageFor, readAccountLanguage } from '../../../src/domain/email-language.js';

describe('emailLanguageFor', () => {
  it("takes the account's language over the rep's", () => {
    expect(emailLanguageFor({ language: 'de' }, { language: 'fr' })).toBe('de');
  });

  it("takes the rep's language when the account has none", () => {
    expect(emailLanguageFor({ language: null }, { language: 'fr' })).toBe('fr');
    expect(emailLanguageFor(null, { language: 'nl' })).toBe('nl');
  });

  it('writes English when neither has one, or a value is not a language agendum writes', () => {
    expect(emailLanguageFor(null, null)).toBe('en');
    expect(emailLanguageFor({ language: 'klingon' }, { language: 'es' })).toBe('es');
    expect(emailLanguageFor({ language: '' }, { language: 'xx' })).toBe('en');
  });
});

describe('readAccountLanguage', () => {
  it("reads empty as the rep's language and a listed code as itself", () => {
    expect(readAccountLanguage('')).toEqual({ ok: true, language: null });
    expect(readAccountLanguage(undefined)).toEqual({ ok: true, language: null });
    expect(readAccountLanguage('pt')).toEqual({ ok: true, language: 'pt' });
  });

  it('refuses anything else, saying what to pick', () => {
    const read = readAccountLanguage('it');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toContain('en, de, fr, es, pt, nl');
    expect(readAccountLanguage(['de']).ok).toBe(false);
  });
});
