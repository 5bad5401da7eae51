// A council's ruleset given to attach() as data: loaded into the core before the form is
// checked. The integrator fetches the file (the adapter makes no request of its own) and
// passes the parsed object, or its text.

import { loadRuleset } from './core.js';

/** A ruleset the core refused: `errors` lists every problem, each `{ path, message }`. */
export class RulesetError extends Error {
  constructor(errors) {
    const lines = errors.map((e) => (e.path ? `  ${e.path}: ${e.message}` : `  ${e.message}`));
    super(`cinplan: the ruleset cannot be used:\n${lines.join('\n')}`);
    this.name = 'RulesetError';
    this.errors = errors;
  }
}

/**
 * Loads `ruleset` (an object or JSON text) and answers its id. Throws a RulesetError when
 * the core refuses it; a refused ruleset changes nothing in the core.
 */
export function useRuleset(ruleset, { replaceBuiltIn = false } = {}) {
  const result = loadRuleset(ruleset, { replace: replaceBuiltIn === true });
  if (!result || !result.ok) {
    throw new RulesetError(result && Array.isArray(result.errors) ? result.errors : [{ path: '', message: 'The core did not answer.' }]);
  }
  return result.id;
}
