// The few platform APIs the core uses beyond ES2022. Node, browsers and web workers all have them; declaring just
// these (instead of the DOM or Node type libraries) keeps the core from reaching for anything else.
declare const performance: { now(): number };

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
