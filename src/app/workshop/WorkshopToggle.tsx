import { useWorkshopStore } from '../../state/workshopStore';
import { setWorkshopEnabled } from './useWorkshop';

export function WorkshopToggle() {
  const enabled = useWorkshopStore((s) => s.settings.enabled);
  return (
    <button
      type="button"
      className="workshop-toggle"
      aria-pressed={enabled}
      title="Lessons as numbered steps with checkpoints; the page link sets up a whole class"
      onClick={() => setWorkshopEnabled(!enabled)}
    >
      Workshop <span aria-hidden="true">{enabled ? 'on' : 'off'}</span>
    </button>
  );
}
