// The registry's self-check, shard 3 of 6 (see registry-check.ts).
import { checkRegistryShard } from "./registry-check.js";

checkRegistryShard(2, 6);
