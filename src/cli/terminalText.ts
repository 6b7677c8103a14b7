// Text from a document printed on a terminal must not drive the terminal: an OSC sequence in a heading could set
// the window title or the clipboard (OSC 52), a CSI one clear the screen or move the cursor.

// Escape sequences as terminals parse them (ECMA-48): CSI `ESC [` params intermediates final; OSC, DCS, SOS, PM and
// APC strings up to BEL or ST (or the end of the text, which a terminal would also swallow); two-byte `ESC x`; and
// their 8-bit C1 forms (U+009B CSI, U+009D OSC, U+0090 DCS, U+0098 SOS, U+009E PM, U+009F APC).
const SEQUENCES =
  /(?:\x1b\[|\u009b)[0-?]*[ -/]*[@-~]?|(?:\x1b[\]PX^_]|[\u009d\u0090\u0098\u009e\u009f])[^\x07\x1b\u009c]*(?:\x07|\x1b\\|\u009c)?|\x1b[ -~]?/g;
// What is left of C0 and C1 after the sequences, DEL included; tab and line ends are handled by the callers' choice.
const CONTROLS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;

/** A one-line field (a title, a task, a file name): sequences and control characters removed, line ends as spaces. */
export function terminalLine(text: string): string {
  return text.replace(SEQUENCES, '').replace(/\r\n|[\n\r]/g, ' ').replace(CONTROLS, '');
}
