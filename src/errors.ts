/** What went wrong, for programs: the library's callers branch on it, the CLI prints the message. */
export type NewsdiffErrorCode =
  | "not-found"
  | "permission"
  | "is-directory"
  | "unreadable"
  | "too-large"
  | "binary"
  | "invalid-encoding"
  | "no-match"
  | "no-article"
  | "no-selector-match"
  | "not-a-page"
  | "http-status"
  | "timeout"
  | "network"
  | "refused"
  | "usage";

/**
 * An error meant for the user: the CLI prints it as one line `newsdiff: <message> (<path>)` and
 * exits 2; the library throws it with its `code`.
 */
export class NewsdiffError extends Error {
  constructor(
    message: string,
    readonly path?: string,
    readonly code: NewsdiffErrorCode = "usage",
  ) {
    super(message);
    this.name = "NewsdiffError";
  }

  get line(): string {
    return this.path === undefined ? this.message : `${this.message} (${this.path})`;
  }
}
