/**
 * The Content-Security-Policy of the renderer's page, sent by both adapters that serve it:
 * the shell's app:// protocol and the loopback browser host. It lives here, beside neither,
 * so the shell does not import the host (or the reverse) to share one string.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:",
  "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
].join('; ');
