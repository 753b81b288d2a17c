### Terminal tables, progress, documents (src/render)

