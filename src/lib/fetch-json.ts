import { DataFileError } from '@/data/data-error';

/**
 * The one way the app reads its bundled data. Every failure becomes a DataFileError that names
 * the file, so the UI can say what failed and offer Retry.
 */
export async function fetchJson<T>(
  path: string,
  parse: (raw: unknown, file: string) => T,
  signal?: AbortSignal,
): Promise<T> {
  const url = `${import.meta.env.BASE_URL}${path}`;
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : undefined);
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DataFileError(path, 'network', [
      'the network request failed (offline or the server did not answer)',
    ]);
  }
  if (!response.ok) {
    throw new DataFileError(path, 'http', [
      `the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
    ]);
  }
  let raw: unknown;
  try {
    raw = await response.json();
  } catch {
    throw new DataFileError(path, 'json', ['the file is not valid JSON']);
  }
  return parse(raw, path);
}
