// Wired by the background work (store + messaging).
export {};
