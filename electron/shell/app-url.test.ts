import { describe, expect, it } from 'vitest';
import { appPageUrl, isAppUrl, isExternalHttpUrl, isNavigationAllowed, isRouteHash, windowOpenDecision } from './app-url';

describe('URL policy of the Electron shell', () => {
  it('recognises only app://alvh pages as the app', () => {
    expect(isAppUrl('app://alvh/index.html#/layers')).toBe(true);
    expect(isAppUrl(appPageUrl('#/market'))).toBe(true);
    for (const url of ['app://evil/index.html', 'https://alvh/', 'file:///index.html', 'app:alvh', 'javascript:alert(1)', 'not a url', '', 'APP://ALVH.evil.com/']) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('lets a top-level navigation stay inside the app only', () => {
    expect(isNavigationAllowed('app://alvh/index.html#/rules')).toBe(true);
    for (const url of ['https://example.com/', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'data:text/html,<script>1</script>', 'about:blank', 'chrome://gpu']) {
      expect(isNavigationAllowed(url), url).toBe(false);
    }
  });

  it('opens only http(s) links in the OS browser and never a new Electron window', () => {
    expect(windowOpenDecision('https://www.cboe.com/')).toEqual({ action: 'deny', openExternally: true });
    expect(windowOpenDecision('http://example.com/x')).toEqual({ action: 'deny', openExternally: true });
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'ms-settings:', 'vscode://x', 'data:text/html,x', 'app://alvh/index.html', '//example.com', 'about:blank']) {
      expect(windowOpenDecision(url), url).toEqual({ action: 'deny', openExternally: false });
      expect(isExternalHttpUrl(url), url).toBe(false);
    }
  });

  it('accepts only strict route hashes from the menu', () => {
    expect(isRouteHash('#/market')).toBe(true);
    expect(isRouteHash('#/settings/new-portfolio')).toBe(true);
    for (const hash of ['#/market";alert(1)//', '#/a/b/c', "#/x'", '#/', 'market', '#/Market', '#/a/</script>']) {
      expect(isRouteHash(hash), hash).toBe(false);
    }
  });
});
