// A stand-in for the two interfaces of `vue` that dist/types/vue.d.ts augments and uses, so the
// generated Vue types can be checked without installing Vue. Real Vue declares both the same way.
export interface HTMLAttributes {
  class?: unknown;
  id?: string;
  style?: unknown;
}
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface GlobalComponents {}
