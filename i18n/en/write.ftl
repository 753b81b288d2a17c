### Writing: register, import, the lifecycle verbs, evidence, fmt, absorb, merge (src/write)

