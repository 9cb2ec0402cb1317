// Each theme's colour as Tailwind utilities of its design token (`--color-{theme}` in the @theme
// block of global.css). Keyed by the model's Theme type, so a theme added to the model fails the type
// check until it has a colour; the class names are written out whole so Tailwind finds them.
import type { Theme } from '@mkb010/model';

/** Classes that colour a theme's tag text (and its border, which uses currentColor). */
export const THEME_TEXT: Record<Theme, string> = {
  circulair: 'text-circulair',
  duurzaam: 'text-duurzaam',
  digitaal: 'text-digitaal',
};

/** Classes that colour a theme card's top border. */
export const THEME_BORDER_TOP: Record<Theme, string> = {
  circulair: 'border-t-circulair',
  duurzaam: 'border-t-duurzaam',
  digitaal: 'border-t-digitaal',
};
