// The registry's self-check, shard 1 of 6 (see registry-check.ts).
import { checkRegistryShard } from "./registry-check.js";

checkRegistryShard(0, 6);
