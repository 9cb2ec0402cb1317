// The writing check: B1 readability, links, headings, images, dates and amounts, for the Studio's
// warnings, the Redactierapport and the build's content report. See docs/writing-check.md.
export {
  CHECKED_TYPES,
  type CheckOptions,
  checkWriting,
  defaultFieldLabel,
  type FieldScore,
  INTENDED_FIELD,
  openWarnings,
  type PathStep,
  pathString,
  sanityPath,
  type WritingResult,
  type WritingWarning,
} from './document.ts';
export { WARNING_KINDS, type WarningKind } from './findings.ts';
export { warningMessage } from './messages.ts';
export { B1_MIN_SCORE, dutchStats, fleschDouma, MIN_WORDS_FOR_SCORE, type TextStats } from './readability.ts';
export { dutchSyllables } from './syllables.ts';
export { checkAllWriting, INTENDED_QUERY, type IntendedAnswer, intendedById, type WritingDocument, type WritingReport } from './report.ts';
export { type ReportPartner, WORST_PER_PARTNER, type WritingSection, writingSections } from './report-sections.ts';
