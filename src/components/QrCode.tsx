import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

/** A QR code drawn as SVG rectangles (elements, not an HTML string). */
export function QrCode({ text, label, size = 160 }: { text: string; label: string; size?: number }) {
  const { count, cells } = useMemo(() => {
    const code = qrcode(0, 'M');
    code.addData(text);
    code.make();
    const modules = code.getModuleCount();
    const dark: { row: number; col: number }[] = [];
    for (let row = 0; row < modules; row++)
      for (let col = 0; col < modules; col++) if (code.isDark(row, col)) dark.push({ row, col });
    return { count: modules, cells: dark };
  }, [text]);
  const margin = 4; // the quiet zone scanners need around the code
  const side = count + 2 * margin;
  return (
    <svg
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${side} ${side}`}
      shapeRendering="crispEdges"
      className="qr-code"
    >
      <rect width={side} height={side} fill="#fff" />
      {cells.map(({ row, col }) => (
        <rect key={`${row}-${col}`} x={col + margin} y={row + margin} width={1} height={1} fill="#000" />
      ))}
    </svg>
  );
}
