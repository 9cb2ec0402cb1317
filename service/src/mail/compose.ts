// A mail's body written once as blocks and given as plain text and as HTML in which every value is
// escaped: a paragraph, labelled lines, or a link (its address written out in the text part).
import { escapeHtml } from '../http/pages.ts';

/** A mail block: a paragraph, labelled lines, or a link with its words. */
export type Block = string | [label: string, value: string][] | { link: string; text: string };

/** Text and HTML of the same blocks. */
export function body(blocks: Block[]): { text: string; html: string } {
  const text = blocks
    .map((block) =>
      typeof block === 'string'
        ? block
        : Array.isArray(block)
          ? block.map(([l, v]) => `${l}: ${v}`).join('\n')
          : `${block.text}:\n${block.link}`,
    )
    .join('\n\n');
  const html = blocks
    .map((block) =>
      typeof block === 'string'
        ? `<p>${escapeHtml(block).replaceAll('\n', '<br>')}</p>`
        : Array.isArray(block)
          ? `<table>${block.map(([l, v]) => `<tr><th scope="row" style="text-align:left;padding-right:1em">${escapeHtml(l)}</th><td>${escapeHtml(v).replaceAll('\n', '<br>')}</td></tr>`).join('')}</table>`
          : `<p><a href="${escapeHtml(block.link)}">${escapeHtml(block.text)}</a></p>`,
    )
    .join('\n');
  return { text: `${text}\n`, html: `<!doctype html><html><body>\n${html}\n</body></html>\n` };
}
