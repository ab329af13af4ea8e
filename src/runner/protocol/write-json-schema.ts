// `npm run protocol-schema`: writes the protocol's JSON Schema into the Python harness package.
import { writeFileSync } from "node:fs";
import { relative } from "node:path";
import { packageRoot } from "../../paths.js";
import { PROTOCOL_JSON_SCHEMA_FILE, protocolJsonSchema } from "./json-schema.js";

writeFileSync(PROTOCOL_JSON_SCHEMA_FILE, protocolJsonSchema());
console.log(`wrote ${relative(packageRoot, PROTOCOL_JSON_SCHEMA_FILE)}`);
