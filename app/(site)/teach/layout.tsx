/** The teacher's pages: marked so the site's footer speaks to the teacher here (components/ui/SiteFrame.tsx). */
export default function TeachLayout({ children }: { children: React.ReactNode }) {
  return <div data-teacher>{children}</div>;
}
