import { routeHref, type SectionId } from '../routing/route';
import { SectionHotkey } from './section-hotkey';
import { SECTIONS } from './sections';

export function SideNav({ current }: { current: SectionId }) {
  return (
    <nav className="side-nav" aria-label="Sections">
      <ul>
        {SECTIONS.map((section) => (
          <li key={section.id}>
            <a
              href={routeHref({ section: section.id, layerId: null })}
              className={section.id === current ? 'nav-link nav-current' : 'nav-link'}
              aria-current={section.id === current ? 'page' : undefined}
              data-testid={`nav-${section.id}`}
              title={`${section.label} (Alt+${section.key})`}
            >
              <span>{section.label}</span>
              <span className="nav-key" aria-hidden="true">Alt {section.key}</span>
            </a>
            <SectionHotkey section={section} />
          </li>
        ))}
      </ul>
    </nav>
  );
}
