// Vitest stands in this for the `server-only` guard, which throws outside a React Server
// Components build: the data layer is tested against the real test database.
export {};
