/** Scrolls the element with `id` into view and focuses it (a route intent that points at a form). */
export function focusInView(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  element.focus({ preventScroll: true });
}
