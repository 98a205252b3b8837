import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { MAX_COMPARED } from '@/domain/url/url-params';
import { trayStorage } from './tray-storage';

type CompareTray = {
  picked: string[];
  /** Why the last add was refused, for the tray's status line. */
  refusal: string | undefined;
  toggle: (id: string, name: string) => void;
  remove: (id: string) => void;
  clear: () => void;
};

export const initialTray = { picked: [] as string[], refusal: undefined };

/**
 * The drugs picked for comparison: client-only UI state, kept across visits in localStorage.
 * It is read after the first render (skipHydration) so a prerendered page and the client agree.
 * /compare itself never reads this store: its drugs come from the URL.
 */
export const useCompareTray = create<CompareTray>()(
  persist(
    (set) => ({
      ...initialTray,
      toggle: (id, name) =>
        set((s) => {
          if (s.picked.includes(id))
            return {
              picked: s.picked.filter((x) => x !== id),
              refusal: undefined,
            };
          if (s.picked.length >= MAX_COMPARED) {
            return {
              refusal: `${name} was not added: a comparison holds at most ${MAX_COMPARED} drugs. Remove one first.`,
            };
          }
          return { picked: [...s.picked, id], refusal: undefined };
        }),
      remove: (id) =>
        set((s) => ({
          picked: s.picked.filter((x) => x !== id),
          refusal: undefined,
        })),
      clear: () => set(initialTray),
    }),
    {
      name: 'immunodex-compare-tray',
      storage: createJSONStorage(() => trayStorage),
      partialize: (s) => ({ picked: s.picked }),
      skipHydration: true,
      // Stored data is untrusted input: keep only a bounded list of id-shaped strings.
      merge: (stored, current) => {
        const raw = (stored as { picked?: unknown } | undefined)?.picked;
        const picked = Array.isArray(raw)
          ? raw
              .filter(
                (x): x is string =>
                  typeof x === 'string' && /^[a-z0-9-]{1,80}$/.test(x),
              )
              .slice(0, MAX_COMPARED)
          : [];
        return { ...current, picked };
      },
    },
  ),
);
