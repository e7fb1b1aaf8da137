'use client';

import PageLink from '@/components/ui/PageLink';
import AccommodatedLink from '@/components/teach/AccommodatedLink';
import { useEffect, useRef } from 'react';
import CopyButton from '@/components/ui/CopyButton';
import LinkField from '@/components/ui/LinkField';
import QrCode from '@/components/ui/QrCode';
import ShareButton from '@/components/ui/ShareButton';
import LmsDownloads from '@/components/teach/LmsDownloads';
import { useAssignmentToken } from '@/hooks/useAssignmentToken';
import { type Assignment } from '@/lib/assignment';
import { ownQuizzes } from '@/lib/ownQuizzes';
import type { Quiz } from '@/lib/content/schema';
import { isolated } from '@/lib/format';
import { classroomShareLink } from '@/lib/classroom';
import { answerKeyLink, assignmentLink } from '@/lib/links';
import { qrDrawing } from '@/lib/qr';

export default function AssignmentShare({
  assignment,
  kept,
  quizzes,
}: {
  assignment: Assignment;
  /** Whether the device kept it in My assignments, where its link can be copied again. */
  kept: boolean;
  /** The bank, for the files the school's own system imports. */
  quizzes: readonly Quiz[];
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const token = useAssignmentToken(assignment);
  const ready = token !== null;
  useEffect(() => {
    if (ready) heading.current?.focus();
  }, [ready]);
  if (!token) {
    return (
      <p role="status" className="mt-8">
        Making the link…
      </p>
    );
  }
  const link = assignmentLink(window.location.origin, token);
  const title = assignment.title ?? 'SourceCheck assignment';
  const qr = qrDrawing(link);
  const length = link.length.toLocaleString('en-US');

  return (
    <section
      aria-labelledby="share-heading"
      className="mt-8 space-y-4 rounded-lg border-2 border-blue-800 bg-white p-4"
    >
      <h2
        id="share-heading"
        ref={heading}
        tabIndex={-1}
        className="text-lg font-semibold focus:outline-2 focus:outline-offset-2 focus:outline-blue-800"
      >
        Your assignment link is ready
      </h2>
      <LinkField id="assignment-link" label="Link for students" link={link} />
      {kept ? (
        <p className="text-sm text-slate-900">
          Kept on this device in{' '}
          <PageLink href="/teach/assignments" className="text-blue-900 underline">
            My assignments
          </PageLink>
          , where you can copy its link again.
        </p>
      ) : (
        <p className="text-sm font-medium text-red-800">
          This browser would not keep the assignment, so it is not in My assignments: copy the link now.
        </p>
      )}
      {qr ? (
        <p className="text-sm text-slate-700">
          The link is {length} characters long: short enough for a QR code below.
        </p>
      ) : (
        <p className="text-sm font-medium text-slate-900">
          This link is too long for a QR code ({length} characters). Copy it into an email or a message instead: Copy,
          Share and email still work, and the link works just the same.
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <CopyButton text={link} label="Copy link" />
        <ShareButton title={title} text={`${isolated(title)}: open this link to start.`} url={link} />
        <PageLink href={`/assignment#${token}`} target="_blank" className="btn-secondary">
          Preview as a student
        </PageLink>
        {/* The print view reads format 1 links only: one with the teacher's own questions says so below. */}
        {!assignment.ownQuestions && (
          <PageLink href={answerKeyLink(token)} target="_blank" className="btn-secondary">
            Print view and answer key
          </PageLink>
        )}
        <a href={classroomShareLink(link)} target="_blank" rel="noopener noreferrer" className="btn-secondary">
          Share to Google Classroom
        </a>
      </div>
      <p className="text-sm text-slate-700">
        “Share to Google Classroom” opens Classroom’s own page with this link filled in, to post it to a class: Google
        then has the link, as it would if you pasted it there.
      </p>
      <AccommodatedLink assignment={assignment} />
      {assignment.dropBox ? (
        <p className="text-sm text-slate-700">
          The settings travel inside the link. Results come back by themselves, sealed so that only this browser can
          open them: they appear in{' '}
          <PageLink href="/teach/results" className="text-blue-900 underline">
            the gradebook
          </PageLink>{' '}
          whenever it is open. Keep using this browser for this class: the key that opens them is kept here alone.
        </p>
      ) : (
        <p className="text-sm text-slate-700">
          The settings travel inside the link: nothing is stored on a server. Students send you their results as receipt
          links, which you open or paste in{' '}
          <PageLink href="/teach/results" className="text-blue-900 underline">
            the gradebook
          </PageLink>
          .
        </p>
      )}
      {qr && (
        <figure>
          <QrCode
            drawing={qr}
            label={`QR code for the assignment link${assignment.title ? `: ${assignment.title}` : ''}`}
          />
          <figcaption className="mt-1 text-sm text-slate-700">
            Show this on the projector: students scan it to open the assignment.
          </figcaption>
        </figure>
      )}
      {assignment.ownQuestions && (
        <p className="text-sm text-slate-700">
          The print view and answer key are made for the bank’s questions alone: this link has questions of your own.
        </p>
      )}
      {assignment.articles ? (
        <p className="text-sm text-slate-700">
          Files for a school’s own system are not made for questions on an article of your own: share the link.
        </p>
      ) : (
        <LmsDownloads assignment={assignment} quizzes={[...quizzes, ...ownQuizzes(assignment)]} />
      )}
    </section>
  );
}
