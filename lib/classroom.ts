/*
 * Apart from lib/links.ts, which every page loads whole (its unused exports are not shaken out): only the share
 * panel needs this.
 */
/**
 * Google Classroom's own share page with the assignment link filled in: a plain link the teacher follows, so no
 * script of Google's runs in our pages. Google then holds the whole link, fragment and all, as Classroom would.
 */
export function classroomShareLink(link: string): string {
  return `https://classroom.google.com/share?url=${encodeURIComponent(link)}`;
}
