import { useWorkshopStore } from '../../state/workshopStore';

export function WorkshopToggle() {
  const enabled = useWorkshopStore((s) => s.settings.enabled);
  const setEnabled = useWorkshopStore((s) => s.setEnabled);
  return (
    <button
      type="button"
      className="workshop-toggle"
      aria-pressed={enabled}
      title="Lessons as numbered steps with checkpoints; the page link sets up a whole class"
      onClick={() => setEnabled(!enabled)}
    >
      Workshop <span aria-hidden="true">{enabled ? 'on' : 'off'}</span>
    </button>
  );
}
