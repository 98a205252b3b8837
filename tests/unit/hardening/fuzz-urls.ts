import fc from 'fast-check';

/** Values people paste, mistype or attack with: markup, bad escapes, huge strings, unicode. */
const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '%E0%A4%A',
    '%',
    '%%%',
    '..%2F..%2Fetc%2Fpasswd',
    'anakinra',
    'tofacitinib',
    'javascript:alert(1)',
    '\u202Eevil',
    '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  ),
  fc.string({ minLength: 3000, maxLength: 3000 }),
);

const keys = fc.oneof(
  fc.constantFrom(
    'condition',
    'region',
    'status',
    'class',
    'route',
    'q',
    'id',
    'diff',
    'sections',
    'paper',
  ),
  fc.string({ maxLength: 10 }),
);

/** Encodes like a browser would, except that raw values containing % are sometimes left as typed. */
const encode = (value: string, raw: boolean) =>
  raw ? value.replace(/[#&]/g, '') : encodeURIComponent(value);

export const urlArbitrary = fc
  .record({
    path: fc.constantFrom('/', '/drugs/', '/compare', '/print', '/about', '/'),
    segment: nasty,
    withSegment: fc.boolean(),
    rawSegment: fc.boolean(),
    params: fc.array(fc.tuple(keys, nasty, fc.boolean()), { maxLength: 8 }),
  })
  .map(({ path, segment, withSegment, rawSegment, params }) => {
    const pathname =
      path === '/drugs/' || withSegment
        ? `${path.replace(/\/$/, '')}/${rawSegment ? encode(segment, true).replace(/[/?]/g, '') : encode(segment, false)}`
        : path;
    const query = params
      .map(([k, v, raw]) => `${encodeURIComponent(k)}=${encode(v, raw)}`)
      .join('&');
    return query ? `${pathname}?${query}` : pathname;
  });
