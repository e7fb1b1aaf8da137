import { formatDate } from '../format';

/** Every source a quote may come from, with the citation students see beside the quote. */
export const SOURCES = {
  'npr-2021-03-16-russia-2020-election': {
    title: 'Intelligence Report Says Russia Tried To Help Trump In 2020 Election',
    outlet: 'NPR',
    author: 'Greg Myre',
    published: '2021-03-16',
    url: 'https://www.npr.org/2021/03/16/977958302/intelligence-report-says-russia-tried-to-help-trump-in-2020-election',
  },
} as const;

export type SourceId = keyof typeof SOURCES;
export type Citation = (typeof SOURCES)[SourceId];
export const SOURCE_IDS = Object.keys(SOURCES) as [SourceId, ...SourceId[]];

export function isSourceId(id: string): id is SourceId {
  return Object.hasOwn(SOURCES, id);
}

export function formatCitation(citation: Citation): string {
  return `${citation.author}, “${citation.title},” ${citation.outlet}, ${formatDate(citation.published)}`;
}
