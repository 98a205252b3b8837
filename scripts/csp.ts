/**
 * The Content-Security-Policy of the production build. It goes into index.html at build time only:
 * the dev server needs an inline refresh preamble that this policy would (rightly) block.
 * frame-ancestors cannot be set from a <meta> tag; the README lists it among the hosting headers.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
].join('; ');
