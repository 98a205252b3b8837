import type { StateStorage } from 'zustand/middleware';

/**
 * Where the tray is remembered. Site storage is an enhancement: when the browser blocks it
 * (blocked cookies, some private modes, managed browsers) or it is full, the tray lives in memory
 * for this visit and `remembered` says so, once, in the tray.
 */
export const trayStorage: StateStorage & { remembered: () => boolean } =
  (() => {
    const memory = new Map<string, string>();
    let persistent = true;
    const local = (): Storage | undefined => {
      try {
        return window.localStorage;
      } catch {
        return undefined;
      }
    };
    return {
      remembered: () => persistent,
      getItem: (name) => {
        try {
          return local()?.getItem(name) ?? memory.get(name) ?? null;
        } catch {
          persistent = false;
          return memory.get(name) ?? null;
        }
      },
      setItem: (name, value) => {
        memory.set(name, value);
        try {
          const storage = local();
          if (!storage) throw new Error('no storage');
          storage.setItem(name, value);
        } catch {
          persistent = false;
        }
      },
      removeItem: (name) => {
        memory.delete(name);
        try {
          local()?.removeItem(name);
        } catch {
          persistent = false;
        }
      },
    };
  })();
