import type { DevicePreference } from '../embedding/protocol';
import { useEngineStore } from '../state/engineStore';

const CHOICES: { value: DevicePreference; label: string }[] = [
  { value: 'auto', label: 'Auto (faster, measured)' },
  { value: 'webgpu', label: 'WebGPU' },
  { value: 'wasm', label: 'WASM (CPU)' },
];

export function SettingsMenu() {
  const device = useEngineStore((s) => s.settings.device);
  const setDevice = useEngineStore((s) => s.setDevice);
  const measureAgain = useEngineStore((s) => s.measureAgain);
  return (
    <div className="settings">
      <label className="settings-backend">
        <span>Backend</span>
        <select value={device} onChange={(e) => setDevice(e.target.value as DevicePreference)}>
          {CHOICES.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </label>
      {device === 'auto' && (
        <button type="button" className="button-secondary button-small" onClick={measureAgain}>
          Measure again
        </button>
      )}
    </div>
  );
}
