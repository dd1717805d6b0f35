#!/usr/bin/env node
// `npm test`: lint, typecheck, the dependency rules (.dependency-cruiser.cjs), unit + integration (vitest), end-to-end (Playwright in Debian's
// Chromium), then one summary: skipped tests by name with their reason, and the closing line
// `N passed, N failed, N skipped`. `--only e2e` runs the end-to-end stage alone.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const results = { passed: 0, failed: 0, skipped: [], failures: [], flaky: [] };
const outDir = '.test-results';
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

function run(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function stage(name, ok) {
  if (ok) results.passed++;
  else {
    results.failed++;
    results.failures.push(name);
  }
}

const npx = (args) => ['npx', ['--no-install', ...args]];

if (!only) {
  stage('lint (eslint, layering and untranslated strings)', run('lint', ...npx(['eslint', '--max-warnings', '0', '.'])));
  stage('typecheck (tsc --noEmit, strict)', run('typecheck', ...npx(['tsc', '--noEmit', '-p', 'tsconfig.json'])));
  stage(
    'dependencies (dependency-cruiser: no import cycle, the core\'s layers)',
    run('dependencies', ...npx(['depcruise', '--config', '.dependency-cruiser.cjs', 'electron', 'shared', 'renderer', 'platform'])),
  );

  const vitestJson = join(outDir, 'vitest.json');
  run('unit and integration tests', ...npx(['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]));
  if (existsSync(vitestJson)) {
    const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
    for (const file of report.testResults ?? []) {
      if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) {
        results.failed++;
        results.failures.push(`${file.name}: ${file.message ?? 'failed to load'}`);
      }
      for (const t of file.assertionResults ?? []) {
        if (t.status === 'passed') results.passed++;
        else if (t.status === 'failed') {
          results.failed++;
          results.failures.push(t.fullName);
        } else results.skipped.push({ name: t.fullName, reason: t.meta?.skipReason ?? 'marked skip/todo in the test' });
      }
    }
  } else stage('vitest produced no report', false);
}

if (!only || only === 'e2e') {
  const built = run('build the renderer for the end-to-end harness', ...npx(['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']));
  if (!built) stage('renderer build', false);
  else {
    const pwJson = join(outDir, 'playwright.json');
    run('end-to-end tests (Playwright, Chromium)', ...npx(['playwright', 'test', '--reporter=list,json']), { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson });
    if (existsSync(pwJson)) {
      const report = JSON.parse(readFileSync(pwJson, 'utf8'));
      const walk = (suite, prefix) => {
        const title = [prefix, suite.title].filter(Boolean).join(' › ');
        for (const spec of suite.specs ?? []) {
          for (const test of spec.tests ?? []) {
            const name = `${title} › ${spec.title}`;
            const status = test.status; // expected | unexpected | flaky | skipped
            if (status === 'skipped') {
              const note = (test.annotations ?? []).find((a) => a.type === 'skip')?.description;
              results.skipped.push({ name, reason: note ?? 'skipped' });
            } else if (status === 'expected') results.passed++;
            else if (status === 'flaky') {
              results.passed++;
              results.flaky.push(name);
            }
            else {
              results.failed++;
              results.failures.push(name);
            }
          }
        }
        for (const child of suite.suites ?? []) walk(child, title);
      };
      for (const suite of report.suites ?? []) walk(suite, '');
      for (const e of report.errors ?? []) {
        results.failed++;
        results.failures.push(`playwright: ${e.message?.split('\n')[0]}`);
      }
    } else stage('playwright produced no report', false);
  }
}

console.log('\n──────── summary ────────');
if (results.failures.length) {
  console.log('Failed:');
  for (const f of results.failures) console.log(`  ✗ ${f}`);
}
if (results.flaky.length) {
  console.log('Passed only on retry (flaky — investigate):');
  for (const f of results.flaky) console.log(`  ~ ${f}`);
}
if (results.skipped.length) {
  console.log('Skipped:');
  for (const s of results.skipped) console.log(`  - ${s.name} — ${s.reason}`);
}
const skipped = results.skipped.length ? `, ${results.skipped.length} skipped` : '';
console.log(`${results.passed} passed, ${results.failed} failed${skipped}`);
process.exit(results.failed ? 1 : 0);
