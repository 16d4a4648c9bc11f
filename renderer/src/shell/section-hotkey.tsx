import { useHotkey } from '../hooks/use-hotkey';
import { navigate } from '../routing/route';
import type { Section } from './sections';

/** Alt+digit jumps to a section (one hook per section, so the list can grow). */
export function SectionHotkey({ section }: { section: Section }) {
  useHotkey(section.key, () => navigate({ section: section.id, layerId: null }), { alt: true });
  return null;
}
