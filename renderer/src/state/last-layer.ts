/** The layer last opened or added, so the list can put the cursor back on it. */
const KEY = 'alvh.layers.last';

export const LastLayer = {
  get(): number | null {
    const value = Number(window.sessionStorage.getItem(KEY));
    return Number.isInteger(value) && value > 0 ? value : null;
  },
  set(id: number): void {
    window.sessionStorage.setItem(KEY, String(id));
  },
};
