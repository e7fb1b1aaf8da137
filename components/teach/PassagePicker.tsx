'use client';

import { useId, useState } from 'react';
import { quoteFromSelection, wordsOf } from '@/lib/teacherQuestions';

export interface PickedPassage {
  paragraph: number;
  text: string;
}

/**
 * The source's paragraphs, for choosing the words a question quotes: select them with the mouse or a finger and
 * take the selection, or choose a paragraph and its first and last words from lists, from the keyboard or a screen
 * reader. Either way the quote is the paragraph's own characters, so it cannot differ from the source.
 */
export default function PassagePicker({
  paragraphs,
  picked,
  onPick,
}: {
  paragraphs: string[];
  picked: PickedPassage | null;
  onPick: (passage: PickedPassage) => void;
}) {
  const ids = useId();
  const [paragraph, setParagraph] = useState(picked?.paragraph ?? 1);
  const words = wordsOf(paragraphs[paragraph - 1] ?? '');
  const [first, setFirst] = useState(0);
  const [last, setLast] = useState(Math.max(0, words.length - 1));
  const [selectionProblem, setSelectionProblem] = useState('');

  const takeSelection = () => {
    const selection = window.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    const holder = (node: Node | null) =>
      (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>('[data-paragraph-text]');
    const start = holder(range?.startContainer ?? null);
    // A triple click selects a paragraph up to the start of the next: that selection ends where its paragraph does.
    if (range && start && holder(range.endContainer) !== start && range.endOffset === 0) {
      range.setEnd(start, start.childNodes.length);
    }
    if (!range || range.collapsed || !start || start !== holder(range.endContainer)) {
      setSelectionProblem('Select some words within one paragraph first, then take them.');
      return;
    }
    // Where the selection starts and ends in the paragraph's text, counted in the text itself.
    const offset = (node: Node, at: number) => {
      const before = document.createRange();
      before.selectNodeContents(start);
      before.setEnd(node, at);
      return before.toString().length;
    };
    const number = Number(start.dataset.paragraphText);
    const quote = quoteFromSelection(
      paragraphs[number - 1] ?? '',
      offset(range.startContainer, range.startOffset),
      offset(range.endContainer, range.endOffset),
    );
    if (!quote) {
      setSelectionProblem('Select some words within one paragraph first, then take them.');
      return;
    }
    setSelectionProblem('');
    onPick({ paragraph: number, text: quote.text });
  };

  const pickWords = (from: number, to: number) => {
    const start = words[Math.min(from, to)];
    const end = words[Math.max(from, to)];
    const quote = start && end ? quoteFromSelection(paragraphs[paragraph - 1] ?? '', start.start, end.end) : null;
    if (quote) onPick({ paragraph, text: quote.text });
  };

  return (
    <fieldset className="space-y-3">
      <legend className="font-medium">The words the question quotes</legend>
      <p id={`${ids}-how`} className="text-sm text-slate-700">
        Select words in a paragraph and press “Use the selected words”, or choose a paragraph and its first and last
        words below.
      </p>
      {/* Focusable, so the keyboard can scroll it too. */}
      <div
        role="region"
        aria-label="The article, to select words in"
        tabIndex={0}
        className="max-h-96 space-y-3 overflow-y-auto rounded border border-slate-300 p-3 font-serif focus-visible:outline-2 focus-visible:outline-blue-800"
      >
        {paragraphs.map((text, index) => (
          <p key={index} className="whitespace-pre-line">
            <span className="mr-2 select-none font-sans text-sm font-semibold text-slate-600" aria-hidden="true">
              {index + 1}
            </span>
            <span data-paragraph-text={index + 1}>{text}</span>
          </p>
        ))}
      </div>
      <button type="button" className="btn-secondary" onClick={takeSelection}>
        Use the selected words
      </button>
      <p role="alert" className="text-sm font-medium text-red-800">
        {selectionProblem}
      </p>
      <div className="grid gap-3 sm:grid-cols-3">
        <label className="block">
          <span className="block font-medium">Paragraph</span>
          <select
            className="mt-1 min-h-11 w-full rounded border border-slate-400 bg-white px-2"
            value={paragraph}
            onChange={(e) => {
              const next = Number(e.target.value);
              setParagraph(next);
              setFirst(0);
              setLast(Math.max(0, wordsOf(paragraphs[next - 1] ?? '').length - 1));
            }}
          >
            {paragraphs.map((text, index) => (
              <option key={index} value={index + 1}>
                {index + 1}: {text.slice(0, 40)}
                {text.length > 40 ? '…' : ''}
              </option>
            ))}
          </select>
        </label>
        {(
          [
            ['First word', first, setFirst],
            ['Last word', last, setLast],
          ] as const
        ).map(([label, value, set]) => (
          <label key={label} className="block">
            <span className="block font-medium">{label}</span>
            <select
              className="mt-1 min-h-11 w-full rounded border border-slate-400 bg-white px-2"
              value={value}
              onChange={(e) => set(Number(e.target.value))}
            >
              {words.map((word, index) => (
                <option key={index} value={index}>
                  {index + 1}. {word.text}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <button type="button" className="btn-secondary" onClick={() => pickWords(first, last)}>
        Use these words
      </button>
    </fieldset>
  );
}
