/**
 * The custom-elements manifest as Storybook's docs tables and controls should see it: the public
 * API only. The analyzer lists every class member, with its `privacy`; Storybook would show private
 * and protected ones (`hasSlotted`, `pinned`, `clock`, the base class's `language`…) as properties
 * with controls. Left out: private and protected members, static ones (`styles`), deprecated aliases
 * and anything marked `@internal`.
 */
interface Member {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  deprecated?: unknown;
  description?: string;
}

interface Declaration {
  members?: Member[];
  attributes?: { name: string; fieldName?: string; deprecated?: unknown; description?: string }[];
  [key: string]: unknown;
}

interface Manifest {
  modules?: { declarations?: Declaration[]; [key: string]: unknown }[];
  [key: string]: unknown;
}

const internal = (item: { deprecated?: unknown; description?: string }): boolean => Boolean(item.deprecated) || /@internal\b/.test(item.description ?? '');

function isPublic(member: Member): boolean {
  return !member.privacy?.match(/^(private|protected)$/) && !member.static && !member.name.startsWith('_') && !member.name.startsWith('#') && !internal(member);
}

export function publicApi<M extends Manifest>(manifest: M): M {
  return {
    ...manifest,
    modules: manifest.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => {
        if (!declaration.members) return declaration;
        const members = declaration.members.filter(isPublic);
        const fields = new Set(members.map((m) => m.name));
        const attributes = declaration.attributes?.filter((a) => !internal(a) && (a.fieldName === undefined || fields.has(a.fieldName)));
        return { ...declaration, members, ...(attributes ? { attributes } : {}) };
      }),
    })),
  };
}
