/**
 * Runtime code (electron/, shared/, platform/, renderer/) never imports from tests/: generators,
 * fuzzers and fixtures live there, and a runtime import would ship them. Any module specifier that
 * resolves into the repository's tests/ folder is reported (relative paths and `tests/…` alike).
 */
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TESTS = resolve(ROOT, 'tests');

export default {
  meta: {
    type: 'problem',
    docs: { description: 'disallow imports from tests/ in runtime code' },
    messages: { testImport: 'Runtime code never imports from tests/ ("{{source}}"): move what it needs into the runtime folder, or the caller into tests/.' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const check = (node) => {
      const source = node?.value;
      if (typeof source !== 'string') return;
      let target;
      if (source.startsWith('.')) target = resolve(dirname(file), source);
      else if (source === 'tests' || source.startsWith('tests/')) target = resolve(ROOT, source);
      else return;
      const rel = relative(TESTS, target);
      if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) context.report({ node, messageId: 'testImport', data: { source } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') check(node.arguments[0]);
      },
    };
  },
};
