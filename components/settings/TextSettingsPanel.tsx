'use client';

import { useState, type KeyboardEvent } from 'react';
import ChoiceField from '@/components/ui/ChoiceField';
import {
  DEFAULT_TEXT_SETTINGS,
  TEXT_SETTINGS_KEY,
  TEXT_SETTING_NAMES,
  TEXT_SETTING_VALUES,
  readTextSettings,
  textSettingAttributes,
  type TextSettingName,
  type TextSettings,
} from '@/lib/textSettings';
import ReadingSpeedField from './ReadingSpeedField';

/** What each setting is called, what it does, and what its values are called. */
const DESCRIPTIONS: Record<TextSettingName, { legend: string; does: string; labels: Record<string, string> }> = {
  size: {
    legend: 'Text size',
    does: 'Makes every word and button on every page larger, up to twice the usual size.',
    labels: { '100': 'Usual', '125': '125%', '150': '150%', '175': '175%', '200': '200%' },
  },
  lineHeight: {
    legend: 'Space between lines',
    does: 'Puts more room between the lines of a paragraph, so the eye finds the next line.',
    labels: { normal: 'Usual', '1.5': '1.5 times the text', '2': 'Twice the text' },
  },
  letterSpacing: {
    legend: 'Space between letters',
    does: 'Moves the letters of each word a little apart.',
    labels: { normal: 'Usual', '0.12': 'Wider', '0.16': 'Widest' },
  },
  wordSpacing: {
    legend: 'Space between words',
    does: 'Puts more room between words, so each stands apart.',
    labels: { normal: 'Usual', '0.16': 'Wider', '0.32': 'Widest' },
  },
  typeface: {
    legend: 'Typeface',
    does: 'Changes the letters’ shapes. Atkinson Hyperlegible was drawn so that letters such as I, l and 1 look different.',
    labels: { system: 'This device’s usual', atkinson: 'Atkinson Hyperlegible', serif: 'A serif face (Georgia)' },
  },
};

/**
 * Atkinson Hyperlegible is `font-display: optional` (globals.css): text set in it before its file has arrived
 * keeps the fallback for the page's life. Loading it first makes the choice show at once; should it fail to
 * load, the settings apply all the same, in the fallback.
 */
async function loadTypeface(settings: TextSettings) {
  if (settings.typeface !== 'atkinson') return;
  await Promise.all(['400', '700'].map((weight) => document.fonts.load(`${weight} 1em "Atkinson Hyperlegible"`))).catch(
    () => undefined,
  );
}

/** The settings last asked for: a choice made while the typeface loads wins over the one that waited for it. */
let requested: TextSettings | null = null;

async function apply(settings: TextSettings) {
  requested = settings;
  await loadTypeface(settings);
  if (requested !== settings) return;
  for (const [attribute, value] of Object.entries(textSettingAttributes(settings))) {
    if (value === null) document.documentElement.removeAttribute(attribute);
    else document.documentElement.setAttribute(attribute, value);
  }
}

/** Stores the settings; false when the device would not keep them. */
function keep(settings: TextSettings): boolean {
  try {
    window.localStorage.setItem(TEXT_SETTINGS_KEY, JSON.stringify(settings));
    return true;
  } catch {
    return false;
  }
}

function readKept(): TextSettings {
  try {
    return readTextSettings(window.localStorage.getItem(TEXT_SETTINGS_KEY));
  } catch {
    return DEFAULT_TEXT_SETTINGS;
  }
}

/** The text settings: applied on this page at once and kept on this device for every page. */
export default function TextSettingsPanel({ id, onClose }: { id: string; onClose: () => void }) {
  const [settings, setSettings] = useState(readKept);
  const [kept, setKept] = useState(true);
  const change = (next: TextSettings) => {
    setSettings(next);
    void apply(next);
    setKept(keep(next));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onClose();
  };
  return (
    <section
      id={id}
      aria-labelledby={`${id}-heading`}
      onKeyDown={onKeyDown}
      className="mb-4 basis-full border-t border-slate-200 pt-3"
    >
      <h2 id={`${id}-heading`} className="text-lg font-bold">
        Text settings
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        These change how text looks on every page of SourceCheck on this device, and nothing else. Some readers,
        including some with dyslexia, find one setting or another easier to read; none is a cure or a treatment, so try
        them and keep what helps you.
      </p>
      {TEXT_SETTING_NAMES.map((name) => {
        const { legend, does, labels } = DESCRIPTIONS[name];
        return (
          <fieldset key={name} className="mt-3" aria-describedby={`${id}-${name}`}>
            <legend className="font-medium">{legend}</legend>
            <p id={`${id}-${name}`} className="text-sm text-slate-700">
              {does}
            </p>
            <div className="flex flex-wrap gap-x-4">
              {TEXT_SETTING_VALUES[name].map((value) => (
                <ChoiceField
                  key={value}
                  type="radio"
                  name={`${id}-${name}`}
                  checked={settings[name] === value}
                  onChange={() => change({ ...settings, [name]: value })}
                >
                  {labels[value]}
                </ChoiceField>
              ))}
            </div>
          </fieldset>
        );
      })}
      {window.speechSynthesis !== undefined && <ReadingSpeedField id={`${id}-speed`} onKept={setKept} />}
      <p role="status" className="mt-2 text-sm">
        {kept ? '' : 'This device would not keep these settings: they last only until you leave this page.'}
      </p>
      <div className="mt-2 flex flex-wrap gap-3">
        <button type="button" className="btn-secondary" onClick={() => change(DEFAULT_TEXT_SETTINGS)}>
          Back to the usual text
        </button>
        <button type="button" className="btn-primary" onClick={onClose}>
          Done
        </button>
      </div>
    </section>
  );
}
