// Git repositories the history tests build in a temp dir: every commit carries the author and date the test gives
// (GIT_AUTHOR_DATE / GIT_COMMITTER_DATE), so tick dates are facts the test knows.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export class TempRepo {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-history-'));

  constructor() {
    this.git(['init', '-q', '-b', 'main']);
  }

  git(args: string[], env: Record<string, string> = {}): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_AUTHOR_NAME: 'Ada',
        GIT_AUTHOR_EMAIL: 'ada@example.com',
        GIT_COMMITTER_NAME: 'Ada',
        GIT_COMMITTER_EMAIL: 'ada@example.com',
        ...env,
      },
    });
  }

  write(file: string, text: string): void {
    fs.mkdirSync(path.dirname(path.join(this.dir, file)), { recursive: true });
    fs.writeFileSync(path.join(this.dir, file), text);
  }

  /** Writes `file` and commits it on `date` (an ISO day, noon UTC unless a time is given); returns the full hash. */
  commit(file: string, text: string, date: string, author = 'Ada'): string {
    this.write(file, text);
    this.git(['add', '--', file]);
    return this.commitStaged(date, author);
  }

  commitStaged(date: string, author = 'Ada'): string {
    const stamp = date.length === 10 ? `${date}T12:00:00+00:00` : date;
    this.git(['commit', '-q', '-m', `roadmap on ${date}`], { GIT_AUTHOR_DATE: stamp, GIT_COMMITTER_DATE: stamp, GIT_AUTHOR_NAME: author });
    return this.git(['rev-parse', 'HEAD']).trim();
  }

  remove(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
