// Errors meant for people: the message says what went wrong, where, and what to do. They carry no
// stack trace, so the build log shows the message and nothing that looks like a crash.

/** A content source could not deliver (file, archive, Content Lake). */
export class ContentSourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentSourceError';
    this.stack = '';
  }
}

/** CONTENT_STRICT=1 and the content has problems. */
export class ContentValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentValidationError';
    this.stack = '';
  }
}

/** A short description of an unexpected answer, for error messages ("what came back"). */
export function describeAnswer(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (!trimmed) return 'an empty body';
    const start = JSON.stringify(trimmed.slice(0, 60));
    if (/^<(!doctype|html|\?xml)/i.test(trimmed)) return `an HTML page starting ${start}`;
    if (/^[[{]/.test(trimmed)) return `JSON that is cut off or broken, ${value.length} characters starting ${start}`;
    return `text starting ${start}`;
  }
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    return keys.length
      ? `an object with ${keys
          .slice(0, 5)
          .map((k) => `"${k}"`)
          .join(', ')}${keys.length > 5 ? ', …' : ''}`
      : 'an empty object';
  }
  return `${typeof value} ${JSON.stringify(value)}`;
}
