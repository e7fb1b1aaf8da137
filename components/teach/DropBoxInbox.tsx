'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import ConfirmButton from '@/components/ui/ConfirmButton';
import UserText from '@/components/ui/UserText';
import type { Decoded } from '@/lib/assignment';
import { acknowledgeResults, closeDropBox, fetchSealedResults } from '@/lib/dropBoxRequests';
import type { Receipt } from '@/lib/receipt';
import { openPosts, type TeacherBox } from '@/lib/teacherBox';
import { useDropBoxActions, useDropBoxes } from '@/store/dropBoxes';
import { useGradebookActions, type ImportLine } from '@/store/gradebook';

/** Often enough that a class's results appear while the teacher watches; rare enough to cost the server nothing. */
const CHECK_EVERY = 20_000;

const time = (at: number) => new Date(at).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' });
const day = (at: number) => new Date(at).toLocaleDateString([], { dateStyle: 'medium' });

/**
 * The teacher's drop boxes: fetched when the gradebook opens and every little while it stays open, opened with
 * the keys kept in this browser, and imported through the same checks as pasted links. The server deletes a
 * result only once this device has saved it.
 */
export default function DropBoxInbox({ read }: { read: (token: string) => Promise<Decoded<Receipt>> }) {
  const boxes = useDropBoxes((s) => s.boxes);
  const loaded = useDropBoxes((s) => s.loaded);
  const problem = useDropBoxes((s) => s.problem);
  const { load, forget } = useDropBoxActions();
  const { importResults } = useGradebookActions();
  const [status, setStatus] = useState<Record<string, string>>({});
  const [gone, setGone] = useState<Record<string, string>>({});
  const checking = useRef(false);

  useEffect(() => {
    void load();
  }, [load]);

  const collect = useCallback(
    async (box: TeacherBox) => {
      const say = (text: string) => setStatus((s) => ({ ...s, [box.id]: text }));
      const fetched = await fetchSealedResults(box.id, box.readToken);
      if (!fetched.ok) {
        if (fetched.retry) say(`Not checked at ${time(Date.now())}: ${fetched.message} Trying again shortly.`);
        else setGone((g) => ({ ...g, [box.id]: fetched.message }));
        return;
      }
      if (fetched.results.length === 0) return say(`Checked at ${time(Date.now())}: nothing new.`);
      const opened = await openPosts(box, fetched.results);
      const lines = await Promise.all(
        opened.map(async (post, index): Promise<ImportLine | Receipt> => {
          const decoded = 'token' in post ? await read(post.token) : { ok: false as const, reason: post.problem };
          return decoded.ok
            ? decoded.value
            : { position: index + 1, status: 'rejected', detail: `From the drop box: ${decoded.reason}` };
        }),
      );
      const report = await importResults(lines);
      // What this device would not keep stays in the box, to be fetched again once there is room.
      const settled = opened.filter((_, index) => report[index]?.status !== 'unsaved').map((post) => post.postId);
      const acknowledged = settled.length > 0 ? await acknowledgeResults(box.id, box.readToken, settled) : null;
      const added = report.filter((line) => line.status === 'imported').length;
      say(
        `Checked at ${time(Date.now())}: ${added} new result${added === 1 ? '' : 's'}.` +
          (settled.length < opened.length ? ' Some could not be saved on this device and stay in the drop box.' : '') +
          (acknowledged && !acknowledged.ok ? ` The server was not told they arrived (${acknowledged.message}).` : ''),
      );
    },
    [read, importResults],
  );

  const checkAll = useCallback(async () => {
    if (checking.current) return;
    checking.current = true;
    try {
      for (const box of boxes) if (!(box.id in gone)) await collect(box);
    } finally {
      checking.current = false;
    }
  }, [boxes, collect, gone]);

  useEffect(() => {
    if (!loaded || boxes.length === 0) return;
    void checkAll();
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void checkAll();
    }, CHECK_EVERY);
    return () => clearInterval(timer);
    // Checked again when a box is added or forgotten, not on every status change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded, boxes]);

  const close = async (box: TeacherBox) => {
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
                <button type="button" className="btn-secondary" onClick={() => void forget(box.id)}>
                  Remove it from this list
                </button>
              </>
            ) : (
              <>
                <p className="text-sm text-slate-700">
                  The server deletes this drop box on {day(box.expiresAt)}, with anything still in it.
                </p>
                <p role="status" className="text-sm">
                  {status[box.id] ?? 'Checking…'}
                </p>
                <div className="flex flex-wrap gap-3">
                  <button type="button" className="btn-secondary" onClick={() => void collect(box)}>
                    Check now
                  </button>
                  <ConfirmButton
                    label="Close this drop box"
                    question="No more results can come in by themselves; those already here stay. Close it?"
                    confirmLabel="Close it"
                    onConfirm={() => void close(box)}
                  />
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
