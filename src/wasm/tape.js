// Builds the JS value that src/wasm/tape.rs wrote as a tape: one pass, no recursion, every
// string cut from one text. Read src/wasm/tape.rs first; the op numbers are defined there.
//
// tape:  Float64Array (a view of wasm memory, read before anything else runs in wasm)
// ascii: the value's strings that are all ASCII, one after another
// wide:  its other strings, one after another (offsets in UTF-16 units)
// known: strings handed over once and reused on every call (field names, enum values),
//        already JS strings, so property stores reuse V8's internalized keys
export function decodeTape(tape, ascii, wide, known) {
  const stack = [];
  let top = null;
  let isList = false;
  let key = "";
  let root = null;
  const n = tape.length;
  let i = 0;
  while (i < n) {
    const op = tape[i++];
    let value;
    switch (op) {
      case 0: // object
        value = {};
        break;
      case 1: // list
        value = [];
        break;
      case 2: // end of the innermost object or list
        top = stack.pop();
        isList = Array.isArray(top);
        continue;
      case 3: // key, known
        key = known[tape[i++]];
        continue;
      case 4: { // string, from the ASCII text
        const start = tape[i++];
        value = ascii.slice(start, start + tape[i++]);
        break;
      }
      case 10: { // string, from the wide text
        const start = tape[i++];
        value = wide.slice(start, start + tape[i++]);
        break;
      }
      case 5: // string, known
        value = known[tape[i++]];
        break;
      case 6: // number
        value = tape[i++];
        break;
      case 7:
        value = true;
        break;
      case 8:
        value = false;
        break;
      case 9:
        value = null;
        break;
      default:
        throw new Error("cinplan: unreadable answer from the core (op " + op + ")");
    }
    if (top === null) {
      root = value;
    } else if (isList) {
      top.push(value);
    } else {
      top[key] = value;
    }
    if (op <= 1) {
      stack.push(top);
      top = value;
      isList = op === 1;
    }
  }
  return root;
}
