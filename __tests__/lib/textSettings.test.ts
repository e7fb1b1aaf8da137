import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  DEFAULT_TEXT_SETTINGS,
  LARGEST_TEXT_SETTINGS,
  TEXT_SETTINGS_KEY,
  TEXT_SETTING_NAMES,
  TEXT_SETTING_VALUES,
  readTextSettings,
  textSettingAttribute,
  textSettingAttributes,
  textSettingsScript,
} from '@/lib/textSettings';

/** Runs the head script against a device that holds `stored`, and returns the attributes it set on <html>. */
function runHeadScript(stored: string | null | Error): Record<string, string> {
  const set: Record<string, string> = {};
  const localStorage = {
    getItem: (key: string) => {
      if (stored instanceof Error) throw stored;
      return key === TEXT_SETTINGS_KEY ? stored : null;
    },
  };
  const document = { documentElement: { setAttribute: (name: string, value: string) => (set[name] = value) } };
  new Function('localStorage', 'document', textSettingsScript)(localStorage, document);
  return set;
}

describe('readTextSettings', () => {
  it('gives the usual text for a device that kept nothing, or kept something unreadable', () => {
    expect(readTextSettings(null)).toEqual(DEFAULT_TEXT_SETTINGS);
    expect(readTextSettings('{not json')).toEqual(DEFAULT_TEXT_SETTINGS);
    expect(readTextSettings('"200"')).toEqual(DEFAULT_TEXT_SETTINGS);
  });

  it('keeps each known value and drops each unknown one on its own', () => {
    expect(readTextSettings(JSON.stringify({ size: '200', lineHeight: '9', typeface: 'comic', extra: 1 }))).toEqual({
      ...DEFAULT_TEXT_SETTINGS,
      size: '200',
    });
    expect(readTextSettings(JSON.stringify({ size: 200 })).size).toBe('100');
  });

  it('offers at least the spacing WCAG 1.4.12 asks a page to survive, and twice the text size', () => {
    expect(Math.max(...TEXT_SETTING_VALUES.size.map(Number))).toBe(200);
    expect(Number(LARGEST_TEXT_SETTINGS.lineHeight)).toBeGreaterThanOrEqual(1.5);
    expect(Number(LARGEST_TEXT_SETTINGS.letterSpacing)).toBeGreaterThanOrEqual(0.12);
    expect(Number(LARGEST_TEXT_SETTINGS.wordSpacing)).toBeGreaterThanOrEqual(0.16);
  });
});

describe('textSettingAttributes', () => {
  it('sets no attribute for the usual text', () => {
    expect(Object.values(textSettingAttributes(DEFAULT_TEXT_SETTINGS)).every((v) => v === null)).toBe(true);
  });

  it('sets one attribute a setting that differs', () => {
    expect(textSettingAttributes(LARGEST_TEXT_SETTINGS)).toEqual({
      'data-text-size': '200',
      'data-text-line-height': '2',
      'data-text-letter-spacing': '0.16',
      'data-text-word-spacing': '0.32',
      'data-text-typeface': 'atkinson',
    });
  });

  it('has a style in globals.css for every value but the usual one, so no choice does nothing', () => {
    const css = readFileSync(path.join(__dirname, '../../app/globals.css'), 'utf8');
    for (const name of TEXT_SETTING_NAMES) {
      for (const value of TEXT_SETTING_VALUES[name].slice(1)) {
        expect(css).toContain(`html[${textSettingAttribute(name)}='${value}']`);
      }
    }
  });
});

describe('the head script', () => {
  it('applies what the device kept, as the panel does', () => {
    const expected = Object.fromEntries(
      Object.entries(textSettingAttributes(LARGEST_TEXT_SETTINGS)).filter(([, v]) => v !== null),
    );
    expect(runHeadScript(JSON.stringify(LARGEST_TEXT_SETTINGS))).toEqual(expected);
  });

  it('sets nothing for unknown values, damaged storage or storage that throws', () => {
    expect(runHeadScript(JSON.stringify({ size: '300', typeface: 'url(https://example.com/x)' }))).toEqual({});
    expect(runHeadScript('{not json')).toEqual({});
    expect(runHeadScript('null')).toEqual({});
    expect(runHeadScript(new Error('SecurityError'))).toEqual({});
  });
});
