import { create } from 'zustand';
import { useCan } from './auth.js';

/** The branch an office is looking at (read-only), or null: the office's own screens. */
export interface Lens {
  code: string;
  name: string;
}

interface LensState {
  lens: Lens | null;
  enter: (lens: Lens) => void;
  leave: () => void;
}

const KEY = 'zhibu.lens';

function saved(): Lens | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Lens) : null;
  } catch {
    return null;
  }
}

/**
 * While a lens is set, renderer/api.ts sends the branch screens' reads through `office.view`
 * (that branch's records only) and refuses their writes; the main process refuses them too.
 * Kept for the browser tab's session, so a reload stays on the branch.
 */
export const useLensStore = create<LensState>()((set) => ({
  lens: saved(),
  enter(lens) {
    sessionStorage.setItem(KEY, JSON.stringify(lens));
    set({ lens });
  },
  leave() {
    sessionStorage.removeItem(KEY);
    set({ lens: null });
  },
}));

/**
 * True where the screen must offer nothing that writes: while an office looks at a branch, and
 * for a user whose role may not write here (只读 anywhere; 党费经手人 outside the dues screens).
 * The main process refuses such writes anyway; this only keeps the buttons away.
 */
export function useReadOnly(area: 'records' | 'dues' = 'records'): boolean {
  const lens = useLensStore((s) => s.lens !== null);
  const mayWrite = useCan(area === 'dues' ? 'treasurer' : 'clerk');
  return lens || !mayWrite;
}
