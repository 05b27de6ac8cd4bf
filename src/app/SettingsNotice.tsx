import { useEngineStore } from '../state/engineStore';

/** What the page address asked for and did not get (e.g. more threads than cores), in words. */
export function SettingsNotice() {
  const notice = useEngineStore((s) => s.settings.threadsNotice);
  if (!notice) return null;
  return (
    <p className="notice notice-warn" role="status" data-testid="settings-notice">
      {notice}
    </p>
  );
}
