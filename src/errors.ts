/** An error meant for the user: printed as one line `newsdiff: <message> (<path>)`, exit status 2. */
export class NewsdiffError extends Error {
  constructor(
    message: string,
    readonly path?: string,
  ) {
    super(message);
    this.name = "NewsdiffError";
  }

  get line(): string {
    return this.path === undefined ? this.message : `${this.message} (${this.path})`;
  }
}
