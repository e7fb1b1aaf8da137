// The student's text settings: what each may be, how one is read back from the device, and the attributes on
// <html> that globals.css turns into sizes, spacing and a typeface. Every page's frame (components/ui/SiteFrame)
// applies them before the first paint with textSettingsScript; the panel applies them again when the student changes
// one.

/** Where the device keeps the settings. */
export const TEXT_SETTINGS_KEY = 'sourcecheck:text-settings';

/**
 * Each setting's values, the first the default. The largest spacing values are WCAG 1.4.12's (line height 1.5
 * times the text, letter spacing 0.12 and word spacing 0.16 times) or more.
 */
export const TEXT_SETTING_VALUES = {
  size: ['100', '125', '150', '175', '200'],
  lineHeight: ['normal', '1.5', '2'],
  letterSpacing: ['normal', '0.12', '0.16'],
  wordSpacing: ['normal', '0.16', '0.32'],
  typeface: ['system', 'atkinson', 'serif'],
} as const;

export type TextSettingName = keyof typeof TEXT_SETTING_VALUES;
export type TextSettings = { [K in TextSettingName]: (typeof TEXT_SETTING_VALUES)[K][number] };

export const TEXT_SETTING_NAMES = Object.keys(TEXT_SETTING_VALUES) as TextSettingName[];

export const DEFAULT_TEXT_SETTINGS = Object.fromEntries(
  TEXT_SETTING_NAMES.map((name) => [name, TEXT_SETTING_VALUES[name][0]]),
) as TextSettings;

/** Every setting at its largest: what the 320 px test applies. */
export const LARGEST_TEXT_SETTINGS: TextSettings = {
  size: '200',
  lineHeight: '2',
  letterSpacing: '0.16',
  wordSpacing: '0.32',
  typeface: 'atkinson',
};

/** The attribute on <html> that carries a setting: `data-text-size`, `data-text-line-height`, … */
export function textSettingAttribute(name: TextSettingName): string {
  return `data-text-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/**
 * The settings in what the device kept: any value that is not one of a setting's own falls back to its default,
 * so a foreign or damaged entry changes nothing rather than breaking the page.
 */
export function readTextSettings(stored: string | null): TextSettings {
  let parsed: unknown = null;
  try {
    parsed = stored === null ? null : JSON.parse(stored);
  } catch {
    parsed = null;
  }
  const record = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  const settings = { ...DEFAULT_TEXT_SETTINGS } as Record<TextSettingName, string>;
  for (const name of TEXT_SETTING_NAMES) {
    const value = record[name];
    if ((TEXT_SETTING_VALUES[name] as readonly unknown[]).includes(value)) settings[name] = value as string;
  }
  return settings as TextSettings;
}

/** The attributes to set on <html>: none for a default value, so a student who changed nothing gets the page as built. */
export function textSettingAttributes(settings: TextSettings): Record<string, string | null> {
  return Object.fromEntries(
    TEXT_SETTING_NAMES.map((name) => [
      textSettingAttribute(name),
      settings[name] === DEFAULT_TEXT_SETTINGS[name] ? null : settings[name],
    ]),
  );
}

/**
 * The inline script in every page's <head> (components/ui/SiteFrame): it runs before the body is parsed, so the
 * page is first painted with the student's settings and nothing moves once React starts. It checks each value
 * against the same lists as readTextSettings and stays silent where storage is blocked. (The Content-Security-Policy
 * already allows inline scripts: see headers.js.)
 */
export const textSettingsScript = `try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(TEXT_SETTINGS_KEY)})||"{}"),v=${JSON.stringify(
  Object.fromEntries(
    TEXT_SETTING_NAMES.map((name) => [textSettingAttribute(name), [name, TEXT_SETTING_VALUES[name].slice(1)]]),
  ),
)};for(var a in v){var x=s&&s[v[a][0]];if(v[a][1].indexOf(x)>=0)document.documentElement.setAttribute(a,x)}}catch(e){}`;
