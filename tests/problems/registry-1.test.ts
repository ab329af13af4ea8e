// The registry's self-check, shard 1 of 3 (see registry-check.ts).
import { checkRegistryShard } from "./registry-check.js";

checkRegistryShard(0, 3);
