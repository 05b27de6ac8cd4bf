import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { arrayOf, nonNegativeInteger, objectWithDefaults, recordOf } from './persistedSchema';

export interface WorkshopSettings {
  enabled: boolean;
  /** Lesson paths chosen with `steps=`; undefined: the whole course. */
  steps?: readonly string[];
}

interface SavedWorkshop {
  /** Ticked checkpoints per lesson path: a student's own progress, kept in this browser only. */
  ticked: Record<string, readonly number[]>;
}

interface WorkshopState extends SavedWorkshop {
  /** Read from the page URL by the app shell (src/app/workshop), which also writes it back. */
  settings: WorkshopSettings;
  setSettings: (settings: WorkshopSettings) => void;
  toggleCheckpoint: (path: string, index: number) => void;
}

/** What localStorage may hold; anything else falls back to no ticks. */
export const readSavedWorkshop = objectWithDefaults<SavedWorkshop>(
  { ticked: recordOf(arrayOf(nonNegativeInteger)) },
  { ticked: {} },
);

export const useWorkshopStore = create<WorkshopState>()(
  persist(
    (set, get) => ({
      settings: { enabled: false },
      ticked: {},
      setSettings: (settings) => set({ settings }),
      toggleCheckpoint: (path, index) => {
        const current = get().ticked[path] ?? [];
        const next = current.includes(index) ? current.filter((i) => i !== index) : [...current, index];
        set({ ticked: { ...get().ticked, [path]: next } });
      },
    }),
    {
      name: 'embedding-lab-workshop',
      partialize: (state): SavedWorkshop => ({ ticked: state.ticked }),
      merge: (saved, current) => ({ ...current, ...readSavedWorkshop(saved) }),
    },
  ),
);
