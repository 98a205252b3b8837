/** A data file that could not be used. `file` and `problems` are shown to the user as they are. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly kind: 'http' | 'network' | 'json' | 'schema' | 'version',
    readonly problems: readonly string[],
    /** The HTTP status when the server answered with an error (404: no such file). */
    readonly httpStatus?: number,
  ) {
    super(`${file}: ${problems.join('; ')}`);
    this.name = 'DataFileError';
  }
}
