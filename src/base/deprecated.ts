import type { ReactiveElement } from 'lit';

const warned = new Set<string>();

/** Warns once per page and per element name that an attribute was renamed. */
function warnRenamed(tag: string, old: string, replacement: string): void {
  const key = `${tag} ${old}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`<${tag}> ${old} is deprecated (it will be removed before 1.0): use ${replacement}, which does the same.`);
}

/**
 * Keeps a renamed boolean attribute (and its property) working as an alias of the new one: setting
 * the old one sets the new one, and the first use on a page warns once in the console. Called
 * once after the class definition, before the element is registered.
 *
 * ```ts
 * renamedBoolean(ClusterAgenda, { attribute: 'emit-json-ld', property: 'emitJsonLd' }, { attribute: 'show-json-ld', property: 'showJsonLd' });
 * ```
 */
export function renamedBoolean<E extends ReactiveElement>(
  element: { prototype: E; createProperty: typeof ReactiveElement.createProperty },
  old: { attribute: string; property: string },
  now: { attribute: string; property: keyof E & string },
): void {
  Object.defineProperty(element.prototype, old.property, {
    configurable: true,
    get(this: E): boolean {
      return Boolean(this[now.property]);
    },
    set(this: E, value: boolean) {
      if (value) warnRenamed(this.localName, old.attribute, now.attribute);
      (this as Record<string, unknown>)[now.property] = Boolean(value);
    },
  });
  element.createProperty(old.property, { type: Boolean, attribute: old.attribute, noAccessor: true });
}
