/**
 * Remembers the inputs a derived value (a view model, a published graph) was last made from, so an
 * element remakes it only when one of them changed. Inputs are compared by identity (`===`), never
 * deeply: elements keep their validated objects while nothing changes, so identity is the cheap and
 * exact test, and the hot path of a large programme does no extra work per update.
 */
export class Inputs {
  private last: readonly unknown[];

  /** `initial`: what counts as already made (an empty list: nothing yet, so the first check says changed). */
  constructor(private readonly initial: readonly unknown[] = []) {
    this.last = initial;
  }

  /** True when an input differs from the last ones remembered; the new inputs are then remembered. */
  changed(inputs: readonly unknown[]): boolean {
    for (let i = 0; i < inputs.length; i++) {
      if (inputs[i] !== this.last[i]) {
        this.last = inputs;
        return true;
      }
    }
    return false;
  }

  /** Forgets the inputs, so the next check says changed. */
  forget(): void {
    this.last = this.initial;
  }
}
