### The problems check reports in a register (after PATH:LINE:COL: error|warning:)

