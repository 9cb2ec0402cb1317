// Errors meant for people: the message says what went wrong, where, and what to do.

/** A content source could not deliver (file, archive, Content Lake). */
export class ContentSourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentSourceError';
  }
}

/** CONTENT_STRICT=1 and the content has problems. */
export class ContentValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentValidationError';
  }
}
