/**
 * A yes/no question; tests pass their own, a terminal gets the prompt wrapper. Handed in by the
 * command (commands/doctor.ts): this layer asks through it and never loads prompt code itself.
 */
export type Ask = (question: string, defaultYes: boolean) => Promise<boolean>;
