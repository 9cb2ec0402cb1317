// The few HTML pages the service answers with itself: a form shown again with what was typed and
// what to correct (400), and short pages for a refused, too large, too frequent or failed post.
// Plain HTML in the visitor's language, every value escaped, one small stylesheet allowed by hash.
import { createHash } from 'node:crypto';
import {
  ALERT_KINDS,
  ALERT_TITLES,
  type AlertKind,
  type Bilingual,
  FORM_FIELDS,
  FORM_TITLES,
  type FormField,
  type FormKind,
  HONEYPOT_FIELD,
  type Lang,
  routePath,
} from '@mkb010/model';
import { type FieldProblem, isSitePath } from './form.ts';
import { FIELD_NAMES, PAGE_TEXT } from './text.ts';

/** `text` safe inside HTML text and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `body{font:1.125rem/1.5 system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fff}
header,main{max-width:40rem;margin:0 auto;padding:1rem}
header{border-bottom:4px solid #00811f}
a{color:#004f9f}a:focus,input:focus,textarea:focus,button:focus{outline:3px solid #ffbf47;outline-offset:2px}
.skip{position:absolute;left:-999rem}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
.summary{border:4px solid #b10e1e;padding:1rem;margin:1rem 0}
.error{color:#b10e1e;font-weight:700;margin:.25rem 0}
.hint{color:#505a5f;margin:.25rem 0}
.field{margin:1.5rem 0}
label,legend{display:block;font-weight:700}
input[type=text],input[type=email],input[type=tel],textarea{display:block;width:100%;box-sizing:border-box;font:inherit;padding:.5rem;border:2px solid #1a1a1a}
[aria-invalid=true]{border-color:#b10e1e}
.choice{display:flex;gap:.5rem;align-items:flex-start;margin:.5rem 0}.choice label{font-weight:400}
fieldset{border:0;padding:0;margin:0}
button{font:inherit;font-weight:700;padding:.6rem 1.2rem;background:#00811f;color:#fff;border:0;cursor:pointer}
.trap{position:absolute;left:-999rem;width:1px;height:1px;overflow:hidden}`;

/** The page's Content-Security-Policy: nothing but its own stylesheet, forms only to itself. */
export const PAGE_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`;

/** A whole page around `body`. */
function page(lang: Lang, title: string, body: string, siteUrl: string): string {
  const t = (text: Bilingual) => escapeHtml(text[lang]);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} | ${t(PAGE_TEXT.siteName)}</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#main">${t(PAGE_TEXT.skipLink)}</a>
<header><a href="${escapeHtml(siteLink(siteUrl, routePath('home', lang)))}">${t(PAGE_TEXT.siteName)}</a></header>
<main id="main">
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>
`;
}

/** The absolute address of a site path under the site's URL (which may have a base path). */
export function siteLink(siteUrl: string, sitePath: string): string {
  return `${siteUrl}${sitePath}`;
}

/** A short page that says what happened and leads back to the site. */
export function messagePage(lang: Lang, title: Bilingual, body: Bilingual, siteUrl: string, backTo?: string): string {
  const back = backTo ?? routePath('home', lang);
  const label = backTo ? PAGE_TEXT.backToPage : PAGE_TEXT.backToSite;
  return page(
    lang,
    title[lang],
    `<p>${escapeHtml(body[lang])}</p>\n<p><a href="${escapeHtml(siteLink(siteUrl, back))}">${escapeHtml(label[lang])}</a></p>`,
    siteUrl,
  );
}

/** A short page with one button that posts to `action` (relative to the page): the confirm and unsubscribe pages. */
export function buttonPage(lang: Lang, title: string, text: string, button: string, action: string, siteUrl: string): string {
  return page(
    lang,
    title,
    `<p>${escapeHtml(text)}</p>\n<form method="post" action="${escapeHtml(action)}"><button type="submit">${escapeHtml(button)}</button></form>`,
    siteUrl,
  );
}

/** The fields the form of `kind` shows again: a reminder's form has no theme to choose. */
function fieldsOf(kind: FormKind, values: Record<string, string>): readonly FormField[] {
  const fields = FORM_FIELDS[kind];
  return kind === 'subscribe' && values.kind !== 'digest' ? fields.filter((field) => field.name !== 'theme') : fields;
}

/** The heading of the form of `kind`: an alert form's says which alert it is. */
function titleOf(kind: FormKind, values: Record<string, string>): Bilingual {
  if (kind === 'subscribe' && (ALERT_KINDS as readonly string[]).includes(values.kind ?? '')) return ALERT_TITLES[values.kind as AlertKind];
  return FORM_TITLES[kind];
}

/** One visible field with its label, hint, error and the value the visitor typed. */
function fieldHtml(field: FormField, lang: Lang, value: string, problem: FieldProblem | undefined, siteUrl: string): string {
  const id = `field-${field.name}`;
  const described: string[] = [];
  let hint = '';
  if (field.name === 'consent') {
    hint = `<p class="hint" id="${id}-hint"><a href="${escapeHtml(siteLink(siteUrl, routePath('privacy', lang)))}">${escapeHtml(PAGE_TEXT.privacyLink[lang])}</a></p>`;
    described.push(`${id}-hint`);
  } else if (field.hint) {
    hint = `<p class="hint" id="${id}-hint">${escapeHtml(field.hint[lang])}</p>`;
    described.push(`${id}-hint`);
  }
  const error = problem
    ? `<p class="error" id="${id}-error"><span class="skip">${escapeHtml(PAGE_TEXT.errorPrefix[lang])} </span>${escapeHtml(problem.message[lang])}</p>`
    : '';
  if (problem) described.push(`${id}-error`);
  const aria = `${described.length ? ` aria-describedby="${described.join(' ')}"` : ''}${problem ? ' aria-invalid="true"' : ''}`;
  const required = field.required ? ' required' : '';
  const max = field.maxLength ? ` maxlength="${field.maxLength}"` : '';
  const label = escapeHtml(field.label[lang]);
  if (field.input === 'radio') {
    const options = (field.values ?? [])
      .map(
        (option) =>
          `<div class="choice"><input type="radio" id="${id}-${option}" name="${field.name}" value="${escapeHtml(option)}"${option === value ? ' checked' : ''}${required}${aria}><label for="${id}-${option}">${escapeHtml(field.valueLabels?.[option]?.[lang] ?? option)}</label></div>`,
      )
      .join('');
    return `<div class="field"><fieldset><legend id="${id}">${label}</legend>${hint}${error}${options}</fieldset></div>`;
  }
  if (field.input === 'checkbox') {
    const checkValue = field.values?.[0] ?? 'yes';
    return `<div class="field">${error}<div class="choice"><input type="checkbox" id="${id}" name="${field.name}" value="${escapeHtml(checkValue)}"${value === checkValue ? ' checked' : ''}${required}${aria}><label for="${id}">${label}</label></div>${hint}</div>`;
  }
  const control =
    field.input === 'textarea'
      ? `<textarea id="${id}" name="${field.name}" rows="6"${max}${required}${aria}>${escapeHtml(value)}</textarea>`
      : `<input type="${field.input}" id="${id}" name="${field.name}" value="${escapeHtml(value)}"${field.autocomplete ? ` autocomplete="${field.autocomplete}"` : ''}${max}${required}${aria}>`;
  return `<div class="field"><label for="${id}">${label}</label>${hint}${error}${control}</div>`;
}

/**
 * The form again (400), posting to the same endpoint: a summary that links each problem to its
 * field, every field with what the visitor typed, the hidden fields as they came.
 */
export function formAgainPage(
  kind: FormKind,
  lang: Lang,
  values: Record<string, string>,
  problems: FieldProblem[],
  action: string,
  siteUrl: string,
): string {
  const t = (text: Bilingual) => escapeHtml(text[lang]);
  const fields = fieldsOf(kind, values);
  // A radio group is reached through its first choice; a hidden field has nothing to focus.
  const targetId = (name: string) => {
    const field = fields.find((f) => f.name === name);
    if (field?.input === 'radio') return `field-${name}-${field.values?.[0]}`;
    return field?.input === 'hidden' ? 'main' : `field-${name}`;
  };
  const labelOf = (name: string) => (FIELD_NAMES[name] ? `${FIELD_NAMES[name][lang]}: ` : '');
  const summary = `<div class="summary" role="alert" aria-labelledby="problem-heading" tabindex="-1">
<h2 id="problem-heading">${t(PAGE_TEXT.problemHeading)}</h2>
<ul>${problems.map((p) => `<li><a href="#${targetId(p.field)}">${escapeHtml(labelOf(p.field))}${escapeHtml(p.message[lang])}</a></li>`).join('')}</ul>
</div>`;
  const visible = fields
    .filter((field) => field.input !== 'hidden')
    .map((field) =>
      fieldHtml(
        field,
        lang,
        values[field.name] ?? '',
        problems.find((p) => p.field === field.name),
        siteUrl,
      ),
    )
    .join('\n');
  const hidden = fields
    .filter((field) => field.input === 'hidden' && values[field.name])
    .map((field) => `<input type="hidden" name="${field.name}" value="${escapeHtml(values[field.name]!)}">`)
    .join('');
  const trap = `<div class="trap" aria-hidden="true"><label for="field-${HONEYPOT_FIELD}">${t(PAGE_TEXT.honeypot)}</label><input type="text" id="field-${HONEYPOT_FIELD}" name="${HONEYPOT_FIELD}" value="" tabindex="-1" autocomplete="off"></div>`;
  const back =
    values.page && isSitePath(values.page)
      ? `<p><a href="${escapeHtml(siteLink(siteUrl, values.page))}">${t(PAGE_TEXT.backToPage)}</a></p>`
      : '';
  const body = `<p>${t(PAGE_TEXT.notSentYet)}</p>
${summary}
<h2>${t(titleOf(kind, values))}</h2>
<form method="post" action="${escapeHtml(action)}">
${hidden}${trap}
${visible}
<button type="submit">${t(PAGE_TEXT.send)}</button>
</form>
${back}`;
  return page(lang, PAGE_TEXT.checkTitle[lang], body, siteUrl);
}
