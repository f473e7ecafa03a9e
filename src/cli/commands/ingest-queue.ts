import { enqueueArticles } from '../../app/queue.js';
import { DossierError, ErrorCodes } from '../../core/errors.js';
import { writeOut } from '../run-command.js';

/** `dossier ingest PATH... --queue`: the articles go on the queue; workers extract and store them. */
export async function queueIngest(paths: string[], opts: { json?: boolean; redis?: string; queueName?: string; redisPrefix?: string; db?: string; pg?: string; date?: string }): Promise<void> {
  if (opts.db) throw new DossierError('USAGE', '--db: with --queue the workers write to PostgreSQL; give the store to "dossier worker --pg"');
  if (opts.date) throw new DossierError('USAGE', '--date: not supported with --queue (workers use each article\'s own date)');
  const summary = await enqueueArticles(paths, { redisUrl: opts.redis ?? process.env.DOSSIER_REDIS_URL ?? '', name: opts.queueName, prefix: opts.redisPrefix });
  if (summary.queued + summary.failed === 0) throw new DossierError('EMPTY_INPUT', `${paths.join(', ')}: no articles found (.txt, .html, .json, .jsonl, .csv)`);
  for (const f of summary.failures) process.stderr.write(`dossier: ${f.message}\n`);
  if (opts.json) await writeOut(`${JSON.stringify(summary, null, 2)}\n`);
  else await writeOut(`queued ${summary.queued} article${summary.queued === 1 ? '' : 's'} (the same content is one job), failed ${summary.failed} (${summary.files} file${summary.files === 1 ? '' : 's'})\n`);
  const first = summary.failures[0];
  if (summary.queued === 0 && first) process.exitCode = ErrorCodes[first.code].exit;
}
