// A Node module hook for tests that import the demo's own modules: they import the package
// by the path the page uses ('/pkg/adapter/adapter.js', which scripts/serve.mjs serves from
// dist/cinplan/), so Node is told the same. Registered with module.register().
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const PKG = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'cinplan');

export async function resolve(specifier, context, next) {
  if (specifier.startsWith('/pkg/')) return next(pathToFileURL(path.join(PKG, specifier.slice('/pkg/'.length))).href, context);
  return next(specifier, context);
}
