/**
 * The files the app exports for learning management systems, by the name the command line takes, with what each
 * is for. Kept apart from the writers so that a page can list them without loading the writers or the zip library.
 */
export const LMS_FORMATS = {
  qti12: {
    label: 'QTI 1.2 (.zip)',
    extension: '.qti12.zip',
    type: 'application/zip',
    use: 'Canvas Classic Quizzes (Settings, Import Course Content, “QTI .zip file”), and most other systems.',
  },
  cc: {
    label: 'Common Cartridge 1.3 (.imscc)',
    extension: '.imscc',
    type: 'application/zip',
    use: 'A course import in Canvas, Schoology or Blackboard: the quiz arrives as a test.',
  },
  qti3: {
    label: 'QTI 3.0 (.zip)',
    extension: '.qti3.zip',
    type: 'application/zip',
    use: 'Systems that take the current QTI standard.',
  },
  moodle: {
    label: 'Moodle XML',
    extension: '.moodle.xml',
    type: 'application/xml',
    use: 'Moodle’s question bank (Import, “Moodle XML format”).',
  },
  gift: {
    label: 'GIFT (.txt)',
    extension: '.gift.txt',
    type: 'text/plain',
    use: 'Moodle’s plain-text format, easy to read and edit before you import it.',
  },
  aiken: {
    label: 'Aiken (.txt)',
    extension: '.aiken.txt',
    type: 'text/plain',
    use: 'Systems that take only Aiken: one-answer questions, without the feedback.',
  },
  html: {
    label: 'Web page (.html)',
    extension: '.html',
    type: 'text/html',
    use: 'To print, or to paste into a system (Google Forms among them) that imports none of these.',
  },
} as const;

export type LmsFormat = keyof typeof LMS_FORMATS;

export function isLmsFormat(name: string): name is LmsFormat {
  return Object.hasOwn(LMS_FORMATS, name);
}
