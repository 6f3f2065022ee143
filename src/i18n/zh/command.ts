// How a message names one of our commands: the run's own maker (src/invocation.ts), handed in by
// loadLang (../index.ts) when this language is loaded. Not imported from there: a module shared by
// the languages and the entry would be a chunk of its own, one more file on every run.
type Maker = (words: string, over?: { config?: string }) => string;

let make: Maker = (words) => `aisa-setup ${words}`;

export const cmd: Maker = (words, over) => make(words, over);

export function useCommands(maker: Maker): void {
  make = maker;
}
