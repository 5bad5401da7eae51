// Types for the cinplan form adapter's own API. The report, plan and authority types are
// the wasm package's own (generated from the Rust types into ../web/cinplan.d.ts).
import type { AuthorityInfo, CheckOptions, Finding, LoadRulesetOptions, LoadRulesetResult, PlanField, PlanInput, Problem, Report } from '../web/cinplan.js';

export type { AuthorityInfo, CheckOptions, Finding, LoadRulesetOptions, LoadRulesetResult, PlanField, PlanInput, Problem, Report } from '../web/cinplan.js';

/** How a field's text becomes a plan value (see the README's "Value types"). */
export type FieldType = 'text' | 'date' | 'number' | 'boolean' | 'list';

/**
 * A date typed in three boxes (GOV.UK's date input): a CSS selector for each box, each
 * matched inside the form (or the row) and the first match taken.
 */
export interface DatePartsSpec {
  day?: string;
  month?: string;
  year?: string;
}

/** One field of the mapping: a CSS selector, a selector with options, or a date's three boxes. */
export type FieldSpec =
  | string
  | DatePartsSpec
  | {
      /** CSS selector, matched inside the form (or inside the row, in a list). */
      selector: string;
      /** Overrides the type the plan path or the element would give. */
      type?: FieldType;
      /**
       * The form's own codes → plan values, applied to the raw value before typing,
       * e.g. `{ W: 'weeks', M: 'months' }` or `{ Y: true, N: false }`.
       */
      values?: Record<string, unknown>;
    };

/** A repeating group: its rows, and the fields (and nested lists) inside each row. */
export interface ListSpec {
  /**
   * CSS selector for the rows, matched inside the form (or the enclosing row). Row index
   * = DOM order at check time, so rows added later are read. `':scope'` means the
   * enclosing row itself is the only row (one action per outcome row in a flat table).
   */
  rows: string;
  /** Plan path relative to the row → field. */
  fields?: Record<string, FieldSpec>;
  lists?: Record<string, ListSpec>;
}

/** The selector mapping: an alternative (or addition) to data-cin-* attributes. */
export interface Mapping {
  /** Plan path (`leadProfessional.name`) → field. */
  fields?: Record<string, FieldSpec>;
  /** List path (`outcomes`) → its rows and their fields. */
  lists?: Record<string, ListSpec>;
}

export interface Panels {
  /** Where the checklist goes; created just before the form when absent. */
  checklist?: HTMLElement;
  /** Where the due dates go; created just before the form when absent. */
  due?: HTMLElement;
  /** Where the error summary goes; created just before the form when absent. */
  summary?: HTMLElement;
}

/**
 * Your own words for a field's messages. Path (`dates.planStart`, `outcomes.*.targetDate`:
 * `*` for a row's index) → a string, which replaces the input problems there (rule
 * `input.invalid`), or rule id → words. Or a function of the finding, returning the words
 * (or undefined to keep the core's).
 */
export type Messages = Record<string, string | Record<string, string>> | ((finding: Finding) => string | undefined);

export interface AttachOptions {
  /**
   * An authority id from `authorities()`, e.g. `'reading'`. May be left out when
   * `ruleset` is given: its id is used.
   */
  authority?: string;
  /**
   * A council's own ruleset (format 1, docs/RULESETS.md): the parsed file, or its text.
   * Fetch it yourself; the adapter makes no request. When the core cannot use it, `attach`
   * rejects with a `RulesetError` listing every problem.
   */
  ruleset?: object | string;
  /** Let `ruleset` take the place of the built-in ruleset with the same id (default false: refused). */
  replaceBuiltIn?: boolean;
  /**
   * The date to check against, `YYYY-MM-DD`. The core never reads a clock; when this is
   * omitted the adapter passes the browser's local date at each check.
   */
  today?: string;
  /** Selector mapping; data-cin-* attributes are read as well (the mapping wins). */
  mapping?: Mapping;
  panels?: Panels;
  /** `'live'` (default): check on every input. `'onSubmit'`: check at attach and on submit only. */
  mode?: 'live' | 'onSubmit';
  /** Prevent the submission when the report has errors. Default false: never blocks. */
  blockSubmit?: boolean;
  /**
   * A bar at the foot of the screen on narrow screens (up to 40em wide), "Checklist: 3 of 5
   * items met", linking to the checklist panel, for long forms on a phone or tablet.
   * Default false: the adapter adds nothing to the page outside the panels.
   */
  checkbar?: boolean;
  /** Heading level of the panels' headings (default 2). */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /** Your own words for messages, per path (see `Messages`); every panel and `onReport` get them. */
  messages?: Messages;
  /** Called after every check with the new report. */
  onReport?: (report: Report) => void;
}

export interface CheckCallOptions {
  /** Show every message now, as a submit would (without submitting). */
  showAll?: boolean;
}

export interface Handle {
  /**
   * Reads the whole form, re-checks now and returns the report (the last good one if the
   * core failed). Call it after filling fields by script without events (a restored draft);
   * the adapter also reads every field again whenever focus moves within the form.
   */
  check(options?: CheckCallOptions): Report | null;
  /** Switches to another authority's procedure, re-checks and returns the report. */
  setAuthority(id: string): Report | null;
  /** Checks against another date (`YYYY-MM-DD`, or undefined for the local date); re-checks and returns the report. */
  setToday(date?: string): Report | null;
  /** Removes every node, listener and attribute change the adapter made. */
  detach(): void;
  /** The last report. */
  readonly report: Report | null;
  /** A copy of the plan as last read from the form. */
  readonly plan: PlanInput;
  readonly form: HTMLElement;
}

/** Initialises the WebAssembly core (once). `attach` awaits it too. */
export function ready(): Promise<void>;

/** The authorities the core knows. Call after `await ready()`. */
export function authorities(): AuthorityInfo[];

/** Every field of the plan, with its plain-English label (`*` for a row's index). Call after `await ready()`. */
export function planFields(): PlanField[];

/** The report on a plan object, with no form (the core's own `check`). Call after `await ready()`. */
export function check(plan: PlanInput, options: CheckOptions): Report;

/** Loads a ruleset (an object or its JSON text) for later checks. Call after `await ready()`. */
export function loadRuleset(ruleset: object | string, options?: LoadRulesetOptions): LoadRulesetResult;

/** A ruleset the core refused: `errors` lists every problem, each at its path in the file. */
export class RulesetError extends Error {
  readonly errors: Problem[];
}

/** Attaches the checker to a form (an element or a selector for one). */
export function attach(form: HTMLElement | string, options: AttachOptions): Promise<Handle>;

/** Reads a form into the plan format without attaching (same rules as `attach`). Call after `await ready()`. */
export function readPlan(form: HTMLElement | string, options?: { mapping?: Mapping }): PlanInput;

/** `'5/3/2027'` → `'2027-03-05'`; anything else (an impossible date too) comes back as typed, trimmed. */
export function toIsoDate(text: string): string;

/** `'2026-11-17'` → `'Tuesday 17 November 2026'`. */
export function formatDate(iso: string): string;

