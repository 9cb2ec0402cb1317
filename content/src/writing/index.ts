// The writing check: B1 readability, links, headings, images, dates and amounts, for the Studio's
// warnings, the Redactierapport and the build's content report. See docs/writing-check.md.
export {
  CHECKED_TYPES,
  checkWriting,
  defaultFieldLabel,
  INTENDED_FIELD,
  openWarnings,
  type PathStep,
  sanityPath,
  type WritingResult,
  type WritingWarning,
} from './document.ts';
export { WARNING_KINDS, type WarningKind } from './findings.ts';
export { B1_MIN_SCORE, dutchStats, fleschDouma } from './readability.ts';
export { dutchSyllables } from './syllables.ts';
export { checkAllWriting, INTENDED_QUERY, type IntendedAnswer, intendedById, type WritingDocument, type WritingReport } from './report.ts';
export { type WritingSection, writingSections } from './report-sections.ts';
