import { useId, useMemo, useState } from 'react';
import { decodePulse, type PulseAnswers } from './pulseCode';
import { PulseDistribution } from './PulseDistribution';
import { pulseShapeOf } from './pulseShape';
import { splitCodes, tallyPulses } from './pulseTally';
import { canScanQr, useQrScanner } from './useQrScanner';

/** The instructor reads the students' codes (typed or scanned) and sees the class's answers. */
export function PulseReader() {
  const [text, setText] = useState('');
  const [scanning, setScanning] = useState(false);
  const codesId = useId();
  const { video, scan } = useQrScanner(scanning, (code) =>
    setText((current) => (current.trim() ? `${current.trimEnd()}\n${code}` : code)),
  );
  const { tallies, problems } = useMemo(() => {
    const read: PulseAnswers[] = [];
    const wrong: string[] = [];
    for (const code of splitCodes(text)) {
      const result = decodePulse(code, pulseShapeOf);
      if (result.ok) read.push(result.answers);
      else wrong.push(`“${code}”: ${result.message}`);
    }
    return { tallies: tallyPulses(read, pulseShapeOf), problems: wrong };
  }, [text]);

  return (
    <div className="pulse-reader" data-testid="pulse-reader">
      <p>
        At a checkpoint, students press <em>Show my answer code</em>. Type their codes here (one per line, or
        separated by spaces){canScanQr() ? ', or scan their QR codes with this device’s camera' : ''}. The
        codes are read in this page: nothing is sent anywhere.
      </p>
      <label className="field" htmlFor={codesId}>
        <span>Students’ codes</span>
      </label>
      <textarea
        id={codesId}
        rows={4}
        value={text}
        spellCheck={false}
        autoCapitalize="characters"
        onChange={(e) => setText(e.target.value)}
      />
      {canScanQr() && (
        <p>
          <button
            type="button"
            className="button-secondary"
            aria-pressed={scanning}
            onClick={() => setScanning(!scanning)}
          >
            {scanning ? 'Stop the camera' : 'Scan QR codes with the camera'}
          </button>
        </p>
      )}
      {scanning && (
        <video ref={video} className="pulse-video" muted playsInline aria-label="Camera view for scanning" />
      )}
      {scan.state === 'failed' && (
        <p className="notice notice-error" role="alert">
          {scan.message}
        </p>
      )}
      {problems.length > 0 && (
        <div className="notice notice-warn" role="alert">
          <p>
            {problems.length === 1
              ? 'One code could not be read and is left out of the counts:'
              : `${problems.length} codes could not be read and are left out of the counts:`}
          </p>
          <ul>
            {problems.map((problem, i) => (
              <li key={`${i}-${problem}`}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {tallies.length > 0 ? (
        tallies.map((tally) => <PulseDistribution key={tally.lesson} tally={tally} />)
      ) : (
        <p className="muted">No codes read yet.</p>
      )}
    </div>
  );
}
