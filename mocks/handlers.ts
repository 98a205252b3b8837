import { http, HttpResponse } from 'msw';
import conditions from '../public/data/conditions.json';
import drugs from '../public/data/drugs.json';
import sources from '../public/data/sources.json';

/** The shipped data files, served as the static host would serve them. */
export const dataFileBodies: Record<string, unknown> = {
  'drugs.json': drugs,
  'conditions.json': conditions,
  'sources.json': sources,
};

export const handlers = [
  http.get('*/data/:file', ({ params }) => {
    const body = dataFileBodies[String(params.file)];
    return body === undefined
      ? new HttpResponse(null, { status: 404 })
      : HttpResponse.json(body);
  }),
];
