/** What search results and shared links say of the app, on every page and on the 404 page. */
export const siteDescription =
  'Civic-literacy quizzes on the U.S. intelligence report on foreign threats to the 2020 election: every answer backed by the source’s own words.';

/** Every page's viewport and theme colour, the 404 page's too (Next.js's Viewport). */
export const siteViewport = {
  width: 'device-width',
  initialScale: 1,
  viewportFit: 'cover',
  themeColor: '#1e3a8a',
} as const;
