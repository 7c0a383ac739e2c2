// Keys of kv items that are also read without the kv-items module (and its zod schemas): the side
// panel's first queue read reads the server clock's row from its page's small first script.

export const SERVER_CLOCK_KEY = 'sync/server-clock';
