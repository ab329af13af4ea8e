// The registry's self-check, shard 5 of 6 (see registry-check.ts).
import { checkRegistryShard } from "./registry-check.js";

checkRegistryShard(4, 6);
