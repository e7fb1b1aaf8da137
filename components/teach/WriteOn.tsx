'use client';

import dynamic from 'next/dynamic';
import { useState, type ComponentProps } from 'react';
import QuestionWriter from '@/components/teach/QuestionWriter';
import ChoiceField from '@/components/ui/ChoiceField';

/** Loaded when the teacher first chooses an article of their own. */
const ArticleWriter = dynamic(() => import('@/components/teach/ArticleWriter'), {
  ssr: false,
  loading: () => <p className="text-slate-700">Loading…</p>,
});

/** Which the teacher writes on, remembered on this device so a reload opens the same. */
const WRITE_ON_KEY = 'sourcecheck-write-on';
type WriteOnChoice = 'bank' | 'own';

function keptChoice(): WriteOnChoice {
  try {
    return localStorage.getItem(WRITE_ON_KEY) === 'own' ? 'own' : 'bank';
  } catch {
    return 'bank';
  }
}

/** Writing on the bank's NPR article, or on an article the teacher brings: the same writer's ways, either source. */
export default function WriteOn(props: ComponentProps<typeof QuestionWriter>) {
  const [on, setOn] = useState<WriteOnChoice>(keptChoice);
  const choose = (next: WriteOnChoice) => {
    setOn(next);
    try {
      localStorage.setItem(WRITE_ON_KEY, next);
    } catch {
      // Not remembered: the page still shows what was chosen.
    }
  };
  return (
    <>
      <fieldset className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">What your questions quote</legend>
        <ChoiceField type="radio" name="write-on" checked={on === 'bank'} onChange={() => choose('bank')}>
          Write on the NPR article
        </ChoiceField>
        <ChoiceField type="radio" name="write-on" checked={on === 'own'} onChange={() => choose('own')}>
          Use an article of my own{' '}
          <span className="text-sm text-slate-700">
            (paste it or open a .txt or .html file; it stays on this device)
          </span>
        </ChoiceField>
      </fieldset>
      {on === 'bank' ? <QuestionWriter {...props} /> : <ArticleWriter />}
    </>
  );
}
