// The Portable Text components for text blocks and their marks, shared by running text and callouts.
import PtBlock from './PtBlock.astro';
import PtLink from './PtLink.astro';
import PtInternalLink from './PtInternalLink.astro';
import PtUnknownMark from './PtUnknownMark.astro';
import PtNothing from './PtNothing.astro';

/** Components for paragraphs, headings, quotes and links; unknown blocks and marks degrade to text. */
export const inlineComponents = {
  block: { normal: PtBlock, h1: PtBlock, h2: PtBlock, h3: PtBlock, h4: PtBlock, h5: PtBlock, h6: PtBlock, blockquote: PtBlock },
  mark: { link: PtLink, internalLink: PtInternalLink },
  unknownType: PtNothing,
  unknownMark: PtUnknownMark,
  unknownBlock: PtBlock,
};
