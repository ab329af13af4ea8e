import type { Rng } from "../../src/random/rng.js";

type Script = [string[], string[][]];

function word(rng: Rng, alphabet: string, maxLength: number): string {
  let w = "";
  const length = rng.int(1, maxLength);
  for (let i = 0; i < length; i++) w += alphabet[rng.int(0, alphabet.length - 1)];
  return w;
}

// n calls (the constructor first) over a two- or three-letter alphabet, so words share prefixes:
// searches and prefix queries often name a stored word, a prefix of one, or a word one letter longer.
export function generate(n: number, rng: Rng): Script {
  const alphabet = rng.pick(["ab", "abc", "xy"]);
  const stored: string[] = [];
  const operations = ["Trie"];
  const args: string[][] = [[]];
  const probe = (): string => {
    if (!stored.length || rng.bool(0.3)) return word(rng, alphabet, 5);
    const w = rng.pick(stored);
    const cut = rng.int(1, w.length);
    return rng.bool(0.3) ? w + alphabet[rng.int(0, alphabet.length - 1)] : w.slice(0, cut);
  };
  for (let i = 1; i < Math.max(2, n); i++) {
    const r = rng.float();
    if (r < 0.4) {
      const w = stored.length && rng.bool(0.2) ? rng.pick(stored) : word(rng, alphabet, 5);
      stored.push(w);
      operations.push("insert");
      args.push([w]);
    } else {
      operations.push(r < 0.7 ? "search" : "startsWith");
      args.push([probe()]);
    }
  }
  return [operations, args];
}

// n calls: n/2 inserts of 8-letter words over a-m, then searches (stored words and near misses)
// and startsWith queries, three in four with a prefix starting with z that no stored word has.
export function probeInput(n: number, rng: Rng): Script {
  const operations: string[] = new Array(n);
  const args: string[][] = new Array(n);
  operations[0] = "Trie";
  args[0] = [];
  const letters = "abcdefghijklm";
  const stored: string[] = [];
  const inserts = Math.floor(n / 2);
  const make = () => {
    let w = "";
    for (let k = 0; k < 8; k++) w += letters[rng.int(0, letters.length - 1)];
    return w;
  };
  for (let i = 1; i < n; i++) {
    if (i <= inserts) {
      const w = make();
      stored.push(w);
      operations[i] = "insert";
      args[i] = [w];
    } else if (i % 2 === 0) {
      operations[i] = "search";
      args[i] = [rng.bool(0.5) && stored.length ? stored[rng.int(0, stored.length - 1)] : make()];
    } else {
      operations[i] = "startsWith";
      args[i] = [rng.bool(0.75) || !stored.length ? "z" + make().slice(0, 3) : stored[rng.int(0, stored.length - 1)].slice(0, 4)];
    }
  }
  return [operations, args];
}
