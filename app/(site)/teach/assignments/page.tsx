import type { Metadata } from 'next';
import PageLink from '@/components/ui/PageLink';
import MyAssignments from '@/components/teach/MyAssignments';
import Rosters from '@/components/teach/Rosters';
import TeacherBackup from '@/components/teach/TeacherBackup';

export const metadata: Metadata = { title: 'My assignments' };

export default function MyAssignmentsPage() {
  return (
    <>
      <h1 className="text-2xl font-bold">My assignments</h1>
      <p className="mt-2 text-slate-700">
        Every assignment you built in this browser, kept on this device only.{' '}
        <PageLink href="/teach" className="text-blue-900 underline">
          Make a new assignment
        </PageLink>{' '}
        or open{' '}
        <PageLink href="/teach/results" className="text-blue-900 underline">
          the gradebook
        </PageLink>
        .
      </p>
      <MyAssignments />
      <Rosters />
      <TeacherBackup />
    </>
  );
}
