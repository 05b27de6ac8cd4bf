import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { LESSON_PATHS } from '../app/lessons';
import { urlConfig } from '../config';
import { workshopSettings, writeWorkshop, type WorkshopSettings } from '../app/workshop/workshopUrl';

interface WorkshopState {
  settings: WorkshopSettings;
  /** Ticked checkpoints per lesson path: a student's own progress, kept in this browser only. */
  ticked: Record<string, readonly number[]>;
  setEnabled: (enabled: boolean) => void;
  toggleCheckpoint: (path: string, index: number) => void;
}

export const useWorkshopStore = create<WorkshopState>()(
  persist(
    (set, get) => ({
      settings: workshopSettings(urlConfig.workshop, LESSON_PATHS),
      ticked: {},
      setEnabled: (enabled) => {
        const settings = { ...get().settings, enabled };
        // replaceState: the toggle should not add a Back step, and the hash (current lesson) stays.
        history.replaceState(
          history.state,
          '',
          `${location.pathname}${writeWorkshop(location.search, settings)}${location.hash}`,
        );
        set({ settings });
      },
      toggleCheckpoint: (path, index) => {
        const current = get().ticked[path] ?? [];
        const next = current.includes(index) ? current.filter((i) => i !== index) : [...current, index];
        set({ ticked: { ...get().ticked, [path]: next } });
      },
    }),
    { name: 'embedding-lab-workshop', partialize: (state) => ({ ticked: state.ticked }) },
  ),
);
