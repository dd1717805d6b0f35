/**
 * The renderer's Content-Security-Policy, sent as a response header by the shell's `app://`
 * protocol and by the e2e harness's server, and repeated in renderer/index.html's meta tag.
 * antd's CSS-in-JS writes <style> elements, hence 'unsafe-inline' for styles only.
 */
export const RENDERER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
