// The registry's self-check, shard 2 of 6 (see registry-check.ts).
import { checkRegistryShard } from "./registry-check.js";

checkRegistryShard(1, 6);
