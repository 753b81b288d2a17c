### The web view's pages (src/web)

