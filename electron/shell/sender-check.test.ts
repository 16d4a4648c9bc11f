import { describe, expect, it } from 'vitest';
import { isTrustedSender } from './sender-check';

const mainFrame = (url: string) => ({ senderFrame: { url, parent: null } });

describe('IPC sender check', () => {
  it('accepts the main frame of an app://alvh page', () => {
    expect(isTrustedSender(mainFrame('app://alvh/index.html'))).toBe(true);
    expect(isTrustedSender(mainFrame('app://alvh/index.html#/layers/3'))).toBe(true);
  });

  it('refuses subframes, foreign pages and destroyed frames', () => {
    const top = { url: 'app://alvh/index.html', parent: null };
    expect(isTrustedSender({ senderFrame: { url: 'app://alvh/index.html', parent: top } })).toBe(false);
    expect(isTrustedSender(mainFrame('https://evil.example/'))).toBe(false);
    expect(isTrustedSender(mainFrame('file:///tmp/x.html'))).toBe(false);
    expect(isTrustedSender(mainFrame('data:text/html,hi'))).toBe(false);
    expect(isTrustedSender(mainFrame('about:blank'))).toBe(false);
    expect(isTrustedSender(mainFrame('app://other/index.html'))).toBe(false);
    expect(isTrustedSender({ senderFrame: null })).toBe(false);
  });
});
