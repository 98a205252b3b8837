import { DATA_TIMEOUT_MS } from '@/config/timeouts';
import { DataFileError } from '@/lib/data-file-error';

type Parse<T> = (raw: unknown, file: string) => T;

/**
 * The one way the app reads its bundled data. The parser is loaded alongside the request, so
 * validation code never delays the download. Every failure becomes a DataFileError that names the
 * file, so the UI can say what failed and offer Retry.
 */
export async function fetchJson<T>(
  path: string,
  loadParser: () => Promise<Parse<T>>,
  signal?: AbortSignal,
): Promise<T> {
  const parserPromise = loadParser();
  const url = `${import.meta.env.BASE_URL}${path}`;
  const timeout = AbortSignal.timeout(DATA_TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  let raw: unknown;
  try {
    response = await fetch(url, { signal: combined });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DataFileError(path, 'network', [
      timeout.aborted
        ? `the server did not answer within ${DATA_TIMEOUT_MS / 1000} seconds`
        : 'the network request failed (offline or the server did not answer)',
    ]);
  }
  if (!response.ok) {
    throw new DataFileError(
      path,
      'http',
      [
        `the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      ],
      response.status,
    );
  }
  try {
    raw = await response.json();
  } catch {
    throw new DataFileError(path, 'json', ['the file is not valid JSON']);
  }
  const parse = await parserPromise;
  return parse(raw, path);
}
