// The registry's self-check, shard 3 of 3 (see registry-check.ts).
import { checkRegistryShard } from "./registry-check.js";

checkRegistryShard(2, 3);
