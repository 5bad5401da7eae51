// The adapter's own failures (an invalid selector, a core that throws) are logged once per
// page: the form keeps working, and the console is not flooded on every keystroke.

let logged = false;

export function logOnce(message, error) {
  if (logged) return;
  logged = true;
  console.error(message, error);
}
