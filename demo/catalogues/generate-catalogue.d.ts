export type Outcome = 'system-left-out' | 'field-left-out' | 'shortened' | 'ignored' | 'kept';
export declare const BREAKAGES: readonly { kind: string; outcome: Outcome; apply: (system: any, index: number) => void }[];
export declare function goodSystem(i: number): any;
export declare function generateCatalogue(
  count: number,
  broken: number,
): { catalogue: { version: 1; systems: any[] }; damaged: { index: number; kind: string; outcome: Outcome }[] };
