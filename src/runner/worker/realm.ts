// Whether a worker thread can take the next solution: nothing the last one ran may have changed
// the globals and built-ins (a patched Array.prototype.sort, a global left behind) or left work
// scheduled (a timer). The realm is recorded once, before any solution runs, and compared after.

type Descriptor = [value: unknown, get: unknown, set: unknown, flags: string];

/** Every global, and the own properties of every global object, function and function prototype. */
type Realm = Map<object, { extensible: boolean; properties: Map<PropertyKey, Descriptor> }>;

export interface RealmRecord {
  realm: Realm;
  /** How many timers, handles and requests of each kind were open. */
  resources: Map<string, number>;
}

function describe(descriptor: PropertyDescriptor): Descriptor {
  const flags = `${descriptor.writable ? "w" : ""}${descriptor.enumerable ? "e" : ""}${descriptor.configurable ? "c" : ""}`;
  return [descriptor.value, descriptor.get, descriptor.set, flags];
}

function propertiesOf(target: object): Map<PropertyKey, Descriptor> {
  const properties = new Map<PropertyKey, Descriptor>();
  for (const key of Reflect.ownKeys(target)) properties.set(key, describe(Reflect.getOwnPropertyDescriptor(target, key)!));
  return properties;
}

function readRealm(): Realm {
  const realm: Realm = new Map();
  const add = (target: unknown) => {
    if ((typeof target !== "object" && typeof target !== "function") || target === null || realm.has(target)) return;
    realm.set(target, { extensible: Object.isExtensible(target), properties: propertiesOf(target) });
  };
  add(globalThis);
  for (const [, [value]] of propertiesOf(globalThis)) {
    add(value);
    if (typeof value === "function") add((value as { prototype?: unknown }).prototype);
  }
  return realm;
}

function openResources(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const kind of process.getActiveResourcesInfo()) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return counts;
}

export function recordRealm(): RealmRecord {
  return { realm: readRealm(), resources: openResources() };
}

const sameDescriptor = (a: Descriptor, b: Descriptor) => a.every((part, i) => Object.is(part, b[i]));

/** What differs from the record, in a few words; undefined when nothing does. */
export function realmChange(record: RealmRecord): string | undefined {
  // More of a kind than before: the thread's own start-up may still have been closing something then.
  for (const [kind, count] of openResources()) if (count > (record.resources.get(kind) ?? 0)) return `it left a ${kind} open`;
  const now = readRealm();
  for (const [target, before] of record.realm) {
    const after = now.get(target);
    if (!after) return "it replaced a global";
    if (after.extensible !== before.extensible) return "it froze or sealed a built-in";
    if (after.properties.size !== before.properties.size) return "it added or removed a global or a built-in's property";
    for (const [key, descriptor] of before.properties) {
      const changed = after.properties.get(key);
      if (!changed || !sameDescriptor(changed, descriptor)) return `it changed ${String(key)}`;
    }
  }
  if (now.size !== record.realm.size) return "it added a global";
  return undefined;
}
