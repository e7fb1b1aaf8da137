'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import ConfirmButton from '@/components/ui/ConfirmButton';
import LiveRegion from '@/components/ui/LiveRegion';
import UserText from '@/components/ui/UserText';
import type { Decoded } from '@/lib/assignment';
import { acknowledgeResults, closeDropBox, fetchSealedResults } from '@/lib/dropBoxRequests';
import type { Receipt } from '@/lib/receipt';
import type { TeacherBox } from '@/lib/teacherBox';
import { useDropBoxActions, useDropBoxes } from '@/store/dropBoxes';
import { useGradebookActions, type ImportLine } from '@/store/gradebook';

/** Often enough that a class's results appear while the teacher watches; rare enough to cost the server nothing. */
const CHECK_EVERY = 20_000;

const time = (at: number) => new Date(at).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' });
const day = (at: number) => new Date(at).toLocaleDateString([], { dateStyle: 'medium' });

/**
 * The teacher's drop boxes: fetched when the gradebook opens and every little while it stays open, opened with
 * the keys kept in this browser, and imported through the same checks as pasted links. The server deletes a
 * result only once this device has saved it, or it is one no version of the app could open; a result the checks
 * refuse (another version of the quizzes, a clock far off) stays in the box, named, for the teacher to decide.
 */
export default function DropBoxInbox({ read }: { read: (token: string) => Promise<Decoded<Receipt>> }) {
  const boxes = useDropBoxes((s) => s.boxes);
  const loaded = useDropBoxes((s) => s.loaded);
  const problem = useDropBoxes((s) => s.problem);
  const { load, forget } = useDropBoxActions();
  const { importResults } = useGradebookActions();
  const [status, setStatus] = useState<Record<string, string>>({});
  const [held, setHeld] = useState<Record<string, string[]>>({});
  const [gone, setGone] = useState<Record<string, string>>({});
  const [closing, setClosing] = useState<Record<string, number>>({});
  const [announcement, setAnnouncement] = useState('');
  const goneNow = useRef(gone);
  useEffect(() => {
    goneNow.current = gone;
  }, [gone]);
  const checking = useRef(false);

  useEffect(() => {
    void load();
  }, [load]);

  /**
   * Fetches, opens, imports and acknowledges one box; answers how many results it still holds, 'gone' when the
   * server no longer has it, or null when the server could not be asked.
   */
  const collect = useCallback(
    async (box: TeacherBox): Promise<number | 'gone' | null> => {
      const say = (text: string) => setStatus((s) => ({ ...s, [box.id]: text }));
      const fetched = await fetchSealedResults(box.id, box.readToken);
      if (!fetched.ok) {
        if (fetched.retry) {
          say(`Not checked at ${time(Date.now())}: ${fetched.message} Trying again shortly.`);
          return null;
        }
        setGone((g) => ({ ...g, [box.id]: fetched.message }));
        return 'gone';
      }
      // The sealed results' rules (and zod) load with the first box's results, not with the gradebook.
      const { openPosts } = await import('@/lib/teacherBox');
      const opened = await openPosts(box, fetched.results);
      const lines = await Promise.all(
        opened.map(async (post, index): Promise<ImportLine | Receipt> => {
          const decoded = 'token' in post ? await read(post.token) : { ok: false as const, reason: post.problem };
          return decoded.ok ? decoded.value : { position: index + 1, status: 'rejected', detail: decoded.reason };
        }),
      );
      const report = lines.length > 0 ? await importResults(lines, { report: false }) : [];
      // Saved here, already here, or never to be opened by anyone: the server may let those go. The rest stay.
      const settled = opened.filter((post, index) => {
        const line = report[index]?.status;
        return line === 'imported' || line === 'duplicate' || 'problem' in post;
      });
      const acknowledged =
        settled.length > 0
          ? await acknowledgeResults(
              box.id,
              box.readToken,
              settled.map((post) => post.postId),
            )
          : null;
      const added = report.filter((line) => line.status === 'imported');
      const unsaved = report.filter((line) => line.status === 'unsaved').length;
      const refused = report.filter(
        (line, index) => line.status === 'rejected' && !('problem' in (opened[index] ?? {})),
      );
      setHeld((h) => ({ ...h, [box.id]: refused.map((line) => line.detail) }));
      const parts = [`Checked at ${time(Date.now())}:`];
      parts.push(added.length === 0 ? 'nothing new.' : `${added.length} new result${added.length === 1 ? '' : 's'}.`);
      if (unsaved > 0) parts.push(`${unsaved} could not be saved on this device and stay in the drop box.`);
      if (acknowledged && !acknowledged.ok)
        parts.push(`The server was not told they arrived (${acknowledged.message}).`);
      say(parts.join(' '));
      if (added.length > 0)
        setAnnouncement(
          `${added.length} new result${added.length === 1 ? '' : 's'} for ${box.title ?? 'an assignment'}: ${added
            .map((line) => line.detail)
            .join('; ')}`,
        );
      return fetched.results.length - (acknowledged?.ok ? settled.length : 0);
    },
    [read, importResults],
  );

  const checkAll = useCallback(async () => {
    if (checking.current) return;
    checking.current = true;
    try {
      for (const box of boxes) if (!(box.id in goneNow.current)) await collect(box);
    } finally {
      checking.current = false;
    }
  }, [boxes, collect]);

  useEffect(() => {
    if (!loaded || boxes.length === 0) return;
    void checkAll();
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void checkAll();
    }, CHECK_EVERY);
    return () => clearInterval(timer);
  }, [loaded, boxes.length, checkAll]);

  /** Collects first, so nothing sent since the last check is lost; a box still holding results is closed only when asked again. */
  const close = async (box: TeacherBox, evenIfHolding = false) => {
    const left = await collect(box);
    if (left === null) return;
    if (typeof left === 'number' && left > 0 && !evenIfHolding) {
      setClosing((c) => ({ ...c, [box.id]: left }));
      return;
    }
    const closed = await closeDropBox(box.id, box.readToken);
    if (!closed.ok && closed.retry) {
      setStatus((s) => ({ ...s, [box.id]: `Not closed: ${closed.message}` }));
      return;
    }
    await forget(box.id).catch(() =>
      setStatus((s) => ({ ...s, [box.id]: 'Closed on the server, but this browser would not forget it.' })),
    );
  };

  if (!problem && boxes.length === 0) return null;
  return (
    <section aria-labelledby="drop-boxes-heading" className="mt-6 space-y-3">
      <h2 id="drop-boxes-heading" className="text-lg font-semibold">
        Results coming back by themselves
      </h2>
      <LiveRegion message={announcement} />
      {problem && <p className="font-medium text-red-800">{problem}</p>}
      <ul className="space-y-3">
        {boxes.map((box) => (
          <li key={box.id} className="space-y-2 rounded border border-slate-300 bg-white p-3">
            <p className="font-medium">
              <UserText>{box.title ?? 'Untitled assignment'}</UserText>
              {box.className && (
                <>
                  {' · '}
                  <UserText>{box.className}</UserText>
                </>
              )}
            </p>
            {gone[box.id] ? (
              <>
                <p>
                  {gone[box.id]} Results sent to it after it closed can still come as result links, which students keep.
                </p>
                <ConfirmButton
                  label="Remove it from this list"
                  question="This forgets the drop box’s key: nothing still in it could be opened again. Remove it?"
                  confirmLabel="Remove it"
                  onConfirm={() => void forget(box.id)}
                />
              </>
            ) : (
              <>
                <p className="text-sm text-slate-700">
                  It closes on {day(box.expiresAt)}: from then on the server takes nothing more and deletes it, with
                  anything still in it.
                </p>
                <p className="text-sm">{status[box.id] ?? 'Checking…'}</p>
                {(held[box.id]?.length ?? 0) > 0 && (
                  <div className="text-sm">
                    <p className="font-medium text-red-800">
                      {held[box.id]!.length} result{held[box.id]!.length === 1 ? '' : 's'} in the drop box failed
                      SourceCheck’s checks, and stay there until it closes:
                    </p>
                    <ul className="list-disc pl-5">
                      {held[box.id]!.map((reason, index) => (
                        <li key={index}>{reason}</li>
                      ))}
                    </ul>
                  </div>
                )}
                <div className="flex flex-wrap gap-3">
                  <button type="button" className="btn-secondary" onClick={() => void collect(box)}>
                    Check now
                  </button>
                  {closing[box.id] ? (
                    <ConfirmButton
                      label={`Close it and delete the ${closing[box.id]} result${closing[box.id] === 1 ? '' : 's'} still in it`}
                      question="Those results were never saved here, and will be gone for good. Close it anyway?"
                      confirmLabel="Close and delete them"
                      onConfirm={() => void close(box, true)}
                    />
                  ) : (
                    <ConfirmButton
                      label="Close this drop box"
                      question="It is checked once more, then no more results can come in by themselves; those already here stay. Close it?"
                      confirmLabel="Close it"
                      onConfirm={() => void close(box)}
                    />
                  )}
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
