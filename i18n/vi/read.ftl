### Reading registers, settings, criteria and the cache (src/read, src/fs, src/model, src/query, src/criteria)

