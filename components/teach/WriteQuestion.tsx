'use client';

import dynamic from 'next/dynamic';

/** The writer reads the teacher's unfinished question from the device, so it renders in the browser, not before. */
const WriteQuestion = dynamic(() => import('@/components/teach/WriteOn'), {
  ssr: false,
  loading: () => <p className="text-slate-700">Loading the writer…</p>,
});

export default WriteQuestion;
