'use client';

import { useEffect, useState } from 'react';
import type { Assignment } from '@/lib/assignment';
import { bytesToBase64Url } from '@/lib/encoding';
import { sealResult } from '@/lib/sealedResult';
import { sendWhenOnline, useOutbox, useOutboxActions } from '@/store/outbox';

interface SendToTeacherProps {
  dropBox: NonNullable<Assignment['dropBox']>;
  /** The result link's token, which the teacher's gradebook checks as it checks a pasted link. */
  token: string;
  checksum: string;
}

/**
 * Seals the result for the teacher and sends it to their drop box, saying "Sent" only once the server has it.
 * Until then it waits on this device and goes again on the next load, or when the device is back online.
 */
export default function SendToTeacher({ dropBox, token, checksum }: SendToTeacherProps) {
  const entry = useOutbox((s) => s.entries.find((e) => e.checksum === checksum));
  const kept = useOutbox((s) => s.saved.saved);
  const sending = useOutbox((s) => s.sending);
  const { enqueue, send } = useOutboxActions();
  const [sealProblem, setSealProblem] = useState<string | null>(null);

  useEffect(() => {
    let left = false;
    let stop: (() => void) | undefined;
    sealResult(token, dropBox.key, dropBox.id)
      .then((sealed) => {
        if (left) return;
        enqueue({
          checksum,
          postId: bytesToBase64Url(crypto.getRandomValues(new Uint8Array(18))),
          boxId: dropBox.id,
          sealed,
          queuedAt: Date.now(),
        });
        stop = sendWhenOnline(window);
      })
      .catch(() =>
        setSealProblem(
          window.isSecureContext
            ? 'The assignment link’s key is damaged, so the result could not be sealed.'
            : 'This page is not served over HTTPS, so the browser will not seal the result.',
        ),
      );
    return () => {
      left = true;
      stop?.();
    };
  }, [checksum, dropBox, enqueue, token]);

  let status: React.ReactNode;
  if (sealProblem) status = <>Not sent: {sealProblem} Send your result link below instead.</>;
  else if (entry?.sentAt !== undefined)
    status = (
      <>
        <strong>Sent to your teacher</strong> (
        {new Date(entry.sentAt).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' })}), sealed so that only
        your teacher can read it.
      </>
    );
  else if (entry?.refused) status = <>Not sent: {entry.refused} Send your result link below instead.</>;
  else if (!entry || (sending && !entry.lastProblem)) status = <>Sending your result to your teacher…</>;
  else
    status = (
      <>
        <strong>Not sent yet: waiting to send.</strong> {entry.lastProblem}{' '}
        {kept
          ? 'Your result is kept on this device and goes by itself when the device is back online, or when you next open SourceCheck.'
          : 'This device would not keep it, so keep this page open until it goes, or send your result link below.'}
      </>
    );
  const waiting = entry && entry.sentAt === undefined && !entry.refused;

  return (
    <div className="space-y-2">
      <p role="status">{status}</p>
      {waiting && !sending && (
        <button type="button" className="btn-secondary" disabled={sending} onClick={() => void send()}>
          Try sending again
        </button>
      )}
    </div>
  );
}
