// Dexie needs an IndexedDB in Node; unit tests use fake-indexeddb (browser tests use the real one).
import 'fake-indexeddb/auto';
