/** The lint rule that keeps the renderer flat: views compose features; a feature never imports another. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The no-restricted-imports messages ESLint gives `source` as if it were the file at `filePath`. */
async function restrictedImports(source: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('renderer feature boundary', () => {
  it.each([
    ["import { CondorForm } from '../layers/layers-page';", 'renderer/src/features/dashboard/probe.tsx'],
    ["import type { ActTarget } from '../prompts/prefill';", 'renderer/src/features/layer-detail/probe.ts'],
    ["import { EventsPanel } from '../../features/events/events-panel';", 'renderer/src/features/market/probe.tsx'],
    ["export { TimelinePage } from '../timeline/timeline-page';", 'renderer/src/features/dashboard/probe.ts'],
  ])('rejects %s in a feature', async (line, filePath) => {
    expect((await restrictedImports(`${line}\n`, filePath)).join('\n')).toContain('a feature never imports another feature');
  });

  it('rejects a feature, a view or the shell imported by a shared layer', async () => {
    expect((await restrictedImports("import { PromptsPanel } from '../features/prompts/prompts-panel';\n", 'renderer/src/trading/probe.tsx')).join('\n'))
      .toContain('never imports a feature');
    expect((await restrictedImports("import { StatusBadge } from '../features/layers/layer-row';\n", 'renderer/src/components/probe.tsx')).join('\n'))
      .toContain('never imports a feature');
    expect((await restrictedImports("import type { ViewProps } from '../views/view-props';\n", 'renderer/src/trading/probe.ts')).join('\n'))
      .toContain('views and the shell compose');
    expect((await restrictedImports("import { SectionView } from '../../shell/section-view';\n", 'renderer/src/features/layers/probe.tsx')).join('\n'))
      .toContain('views and the shell compose');
  });

  it('accepts a feature importing its own files, the shared layers and shared/, and a view composing features', async () => {
    const feature = [
      "import { LayerRow } from './layer-row';",
      "import { CondorForm } from '../../trading/condor-form';",
      "import { Modal } from '../../components/modal';",
      "import { api } from '../../api/transport';",
      "import { formatCents } from '../../../../shared/money';",
    ].join('\n');
    expect(await restrictedImports(`${feature}\n`, 'renderer/src/features/layers/probe.tsx')).toEqual([]);
    const view = "import { DashboardPage } from '../features/dashboard/dashboard-page';\nimport { PromptsPanel } from '../features/prompts/prompts-panel';\n";
    expect(await restrictedImports(view, 'renderer/src/views/probe.tsx')).toEqual([]);
  });
});

describe('typed ISO date boxes', () => {
  async function syntaxMessages(source: string, filePath: string): Promise<string[]> {
    const [result] = await eslint.lintText(source, { filePath });
    return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
  }

  it('rejects a native date input in a feature and accepts DateInput', async () => {
    const native = 'export const F = () => <input type="date" value="" onChange={() => undefined} />;\n';
    expect((await syntaxMessages(native, 'renderer/src/features/timeline/probe.tsx')).join('\n')).toContain('Use DateInput');
    const typed = "import { DateInput } from '../../components/date-input';\nexport const F = () => <DateInput value=\"\" onChange={() => undefined} />;\n";
    expect(await syntaxMessages(typed, 'renderer/src/features/timeline/probe.tsx')).toEqual([]);
  });
});
