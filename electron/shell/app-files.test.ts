import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppFile } from './app-files';

const root = join(sep, 'opt', 'alvh', 'renderer');

describe('app:// file mapping', () => {
  it('serves files inside the renderer folder, index.html for /', () => {
    expect(resolveAppFile(root, 'app://alvh/')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://alvh/assets/index-1.js')).toBe(join(root, 'assets', 'index-1.js'));
  });

  it('resolves literal dot segments inside the folder (the URL parser removes them first)', () => {
    expect(resolveAppFile(root, 'app://alvh/../secret')).toBe(join(root, 'secret'));
    expect(resolveAppFile(root, 'app://alvh/%2e%2e/%2e%2e/etc/passwd')).toBe(join(root, 'etc', 'passwd'));
  });

  it('refuses traversal, encoded traversal, NUL, other hosts and malformed escapes', () => {
    for (const url of ['app://alvh/assets/..%2f..%2f..%2fetc%2fpasswd', 'app://alvh/a%00.js', 'app://evil/index.html', 'app://alvh/%E0%A4%A', 'nonsense']) {
      expect(resolveAppFile(root, url), url).toBeNull();
    }
  });
});
