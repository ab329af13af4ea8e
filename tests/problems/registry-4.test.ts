// The registry's self-check, shard 4 of 6 (see registry-check.ts).
import { checkRegistryShard } from "./registry-check.js";

checkRegistryShard(3, 6);
