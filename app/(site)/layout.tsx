import '../globals.css';

/** Every page but the 404 for an unknown address (app/global-not-found.tsx): here only to bring the stylesheet. */
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return children;
}
