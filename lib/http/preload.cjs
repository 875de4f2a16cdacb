// Loaded before Next by scripts/start.sh (`node --require ./lib/http/preload.cjs`): the server
// Next creates refuses what it must not handle and closes slow connections (server-guard.cjs).
"use strict";
require("./server-guard.cjs").install();
