/**
 * Arabic letters in their joined forms, for a font without OpenType layout tables (the PDF's
 * wide font): each letter of U+0621–U+064A becomes its isolated, final, initial or medial
 * presentation form (U+FE80–U+FEF4), and lam + alef the lam-alef ligature (U+FEF5–U+FEFC),
 * by the Unicode joining rules (The Unicode Standard, ch. 9.2 "Arabic", cursive joining):
 * a letter joins the one before when it can join on its right side (dual- or right-joining)
 * and the one before can join on its left (dual-joining, or tatweel); marks (harakat) are
 * transparent. Output is in logical order; `sources` gives each output character's input code
 * points, so the PDF's text layer still says the letters that were typed.
 */

type Joining = 'D' | 'R' | 'U';
interface Forms { joining: Joining; first: number }

/** The basic letters in code-point order with their joining type; their forms follow one another from U+FE80. */
const LETTERS: readonly [number, Joining][] = [
  [0x621, 'U'], [0x622, 'R'], [0x623, 'R'], [0x624, 'R'], [0x625, 'R'], [0x626, 'D'], [0x627, 'R'], [0x628, 'D'], [0x629, 'R'], [0x62a, 'D'],
  [0x62b, 'D'], [0x62c, 'D'], [0x62d, 'D'], [0x62e, 'D'], [0x62f, 'R'], [0x630, 'R'], [0x631, 'R'], [0x632, 'R'], [0x633, 'D'], [0x634, 'D'],
  [0x635, 'D'], [0x636, 'D'], [0x637, 'D'], [0x638, 'D'], [0x639, 'D'], [0x63a, 'D'], [0x641, 'D'], [0x642, 'D'], [0x643, 'D'], [0x644, 'D'],
  [0x645, 'D'], [0x646, 'D'], [0x647, 'D'], [0x648, 'R'], [0x649, 'R'], [0x64a, 'D'],
];
const FORM_COUNT: Record<Joining, number> = { U: 1, R: 2, D: 4 };
const FORMS = new Map<number, Forms>();
LETTERS.reduce((next, [code, joining]) => {
  FORMS.set(code, { joining, first: next });
  return next + FORM_COUNT[joining];
}, 0xfe80);

const TATWEEL = 0x640;
const LAM = 0x644;
/** Alef variants → the isolated lam-alef ligature (the final form is the next code point). */
const LAM_ALEF: ReadonlyMap<number, number> = new Map([[0x622, 0xfef5], [0x623, 0xfef7], [0x625, 0xfef9], [0x627, 0xfefb]]);
const TRANSPARENT = /^\p{Mn}$/u;

const joinsLeft = (cp: number | undefined) => cp === TATWEEL || FORMS.get(cp ?? -1)?.joining === 'D';
const joinsRight = (cp: number | undefined) => cp === TATWEEL || ['D', 'R'].includes(FORMS.get(cp ?? -1)?.joining ?? 'U');

export interface Shaped {
  text: string;
  sources: number[][];
}

export function shapeArabic(input: string): Shaped {
  const cps = [...input].map((c) => c.codePointAt(0) ?? 0);
  const out: number[] = [];
  const sources: number[][] = [];
  for (let i = 0; i < cps.length;) {
    const step = shapeAt(cps, i);
    out.push(step.cp);
    sources.push(step.source);
    i += step.consumed;
  }
  return { text: String.fromCodePoint(...out), sources };
}

const opaque = (cp: number) => !TRANSPARENT.test(String.fromCodePoint(cp));

function letterBefore(cps: readonly number[], i: number): number | undefined {
  for (let j = i - 1; j >= 0; j -= 1) if (opaque(cps[j] ?? 0)) return cps[j];
  return undefined;
}

function letterAfter(cps: readonly number[], i: number): { cp: number; at: number } | undefined {
  for (let j = i + 1; j < cps.length; j += 1) if (opaque(cps[j] ?? 0)) return { cp: cps[j] ?? 0, at: j };
  return undefined;
}

/** The presentation form for the letter at `i` (or the lam-alef ligature for it and the next), and how many input characters it took. */
function shapeAt(cps: readonly number[], i: number): { cp: number; source: number[]; consumed: number } {
  const cp = cps[i] ?? 0;
  const forms = FORMS.get(cp);
  if (!forms) return { cp, source: [cp], consumed: 1 };
  const joinedBefore = forms.joining !== 'U' && joinsLeft(letterBefore(cps, i));
  const after = letterAfter(cps, i);
  const ligature = cp === LAM && after?.at === i + 1 ? LAM_ALEF.get(after.cp) : undefined;
  if (ligature !== undefined && after) return { cp: ligature + (joinedBefore ? 1 : 0), source: [cp, after.cp], consumed: 2 };
  return { cp: forms.first + formOffset(joinedBefore, forms.joining === 'D' && joinsRight(after?.cp)), source: [cp], consumed: 1 };
}

/** Forms follow one another as isolated, final, initial, medial. */
function formOffset(joinedBefore: boolean, joinedAfter: boolean): number {
  if (joinedBefore) return joinedAfter ? 3 : 1;
  return joinedAfter ? 2 : 0;
}
