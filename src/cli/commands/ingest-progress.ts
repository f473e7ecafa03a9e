import type { IngestProgress } from '../../app/ingest-service.js';

/**
 * Progress on stderr: a bar redrawn in place on a terminal, plain lines every 2 s otherwise
 * (logs, CI), each with the rate and the time left, judged by input bytes consumed.
 */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr): { update: (p: IngestProgress) => void; end: () => void } {
  const tty = stream.isTTY === true;
  const every = tty ? 100 : 2000;
  let last = 0;
  let drawn = false;
  let latest: IngestProgress | undefined;
  const render = (p: IngestProgress) => {
    const fraction = p.bytesTotal > 0 ? Math.min(1, p.bytesDone / p.bytesTotal) : 0;
    const rate = p.elapsedMs > 0 ? (p.done * 1000) / p.elapsedMs : 0;
    const eta = fraction > 0 && fraction < 1 ? ((1 - fraction) / fraction) * p.elapsedMs : 0;
    const counts = `${p.done} articles (${p.stored} stored, ${p.skipped} skipped, ${p.failed} failed)`;
    const pct = `${(fraction * 100).toFixed(0).padStart(3)}%`;
    const tail = `${rate.toFixed(1)}/s, ETA ${duration(eta)}`;
    if (tty) {
      const width = 24;
      const full = Math.round(fraction * width);
      stream.write(`\r\x1b[2K[${'#'.repeat(full)}${'-'.repeat(width - full)}] ${pct} ${counts} ${tail}`);
      drawn = true;
    } else {
      stream.write(`ingest: ${pct.trim()} ${counts}, ${tail}\n`);
    }
  };
  return {
    update(p) {
      latest = p;
      const now = p.elapsedMs;
      if (now - last < every) return;
      last = now;
      render(p);
    },
    end() {
      if (tty && latest) render(latest);
      if (drawn) stream.write('\n');
    },
  };
}

function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
