import { delay, http, HttpResponse, type JsonBodyType } from 'msw';

/** Handlers that break one data file in a named way; used with server.use() inside a test. */
export const failing = {
  status: (file: string, status: number) =>
    http.get(`*/data/${file}`, () => new HttpResponse(null, { status })),
  networkError: (file: string) =>
    http.get(`*/data/${file}`, () => HttpResponse.error()),
  malformed: (file: string) =>
    http.get(
      `*/data/${file}`,
      () =>
        new HttpResponse('{"drugs": [', {
          headers: { 'Content-Type': 'application/json' },
        }),
    ),
  body: (file: string, body: JsonBodyType) =>
    http.get(`*/data/${file}`, () => HttpResponse.json(body)),
  hang: (file: string) =>
    http.get(`*/data/${file}`, async () => {
      await delay('infinite');
      return new HttpResponse(null, { status: 504 });
    }),
};
