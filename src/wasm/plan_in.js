// Writes a plan object for src/object_tape.rs: what JSON.stringify would write, as a list of
// ops and one text of all its strings. Read src/object_tape.rs first; the op numbers are
// defined there. Faster than JSON.stringify plus reading the JSON back in wasm, because no
// quotes, escapes or numbers are written and then scanned again.
//
// Only plain data is written: plain objects (made by `{}`, JSON.parse or with a null
// prototype), arrays, strings, finite numbers, booleans and null, with `undefined`,
// functions and symbols left out of objects and written as null in arrays, as JSON.stringify
// does. Anything JSON.stringify treats in its own way (a toJSON method, a Date, a Map, a
// class instance, a boxed string, a BigInt), nesting deeper than the core reads, or an
// exception from a getter or a proxy makes writePlan answer `undefined`, and the bindings
// use JSON.stringify as before: the answer is the same either way, only slower.

const MAX_DEPTH = 127; // src/json.rs MAX_DEPTH: deeper is refused there, with its own finding

let ops = new Uint32Array(1024);
let used = 0;
// The strings, joined (with a NUL after each) once at the end: faster here than growing one
// string, which V8 has to flatten before TextEncoder can read it.
const strings = [];

function room(slots) {
  if (used + slots > ops.length) {
    const bigger = new Uint32Array(Math.max(ops.length * 2, used + slots));
    bigger.set(ops);
    ops = bigger;
  }
}

function string(op, s) {
  room(2);
  ops[used++] = op;
  ops[used++] = s.length;
  strings.push(s);
}

function one(op) {
  room(1);
  ops[used++] = op;
}

function leftOut(v) {
  return v === undefined || typeof v === "function" || typeof v === "symbol";
}

function write(v, depth) {
  switch (typeof v) {
    case "string":
      string(4, v);
      return true;
    case "number":
      // JSON.stringify writes a number as String(n) does, and NaN and the infinities as null.
      if (Number.isFinite(v)) string(5, String(v));
      else one(8);
      return true;
    case "boolean":
      one(v ? 6 : 7);
      return true;
    case "object": {
      if (v === null) {
        one(8);
        return true;
      }
      // A cycle, which JSON.stringify refuses, ends here too, MAX_DEPTH levels round it.
      if (depth >= MAX_DEPTH || typeof v.toJSON === "function") return false;
      if (Array.isArray(v)) {
        one(1);
        for (let i = 0; i < v.length; i++) {
          const item = v[i];
          if (leftOut(item)) one(8);
          else if (!write(item, depth + 1)) return false;
        }
      } else {
        const proto = Object.getPrototypeOf(v);
        if (proto !== Object.prototype && proto !== null) return false;
        one(0);
        // for-in gives the own enumerable string keys in JSON.stringify's order, and nothing
        // inherited: writePlan has checked that Object.prototype has no enumerable property.
        for (const key in v) {
          const value = v[key];
          if (leftOut(value)) continue;
          string(3, key);
          if (!write(value, depth + 1)) return false;
        }
      }
      one(2);
      return true;
    }
    default: // bigint (JSON.stringify throws), undefined, function or symbol as the plan itself
      return false;
  }
}

function inheritsEnumerable() {
  for (const _ in {}) return true;
  return false;
}

/** The plan's text (strings, each followed by a NUL), or `undefined` to use JSON.stringify. */
export function writePlan(plan) {
  used = 0;
  strings.length = 0;
  let text;
  try {
    if (!inheritsEnumerable() && write(plan, 0)) {
      strings.push(""); // so that the last string is followed by a NUL too
      text = strings.join("\0"); // throws past the longest string the host can make
    }
  } catch {
    text = undefined;
  }
  strings.length = 0;
  if (text === undefined) used = 0;
  return text;
}

/** How many ops the last writePlan wrote. */
export function planOps() {
  return used;
}

/** Copies the last writePlan's ops into `into` (a view of wasm memory, planOps() long). */
export function copyPlanOps(into) {
  into.set(ops.subarray(0, used));
  used = 0;
}
