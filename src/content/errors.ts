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
