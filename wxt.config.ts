import { defineConfig } from 'wxt';
import { X_MATCH_PATTERNS } from './lib/contract/x';

// Manifest options live here; per-entrypoint options live in each entrypoint.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'unlimitedStorage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: X_MATCH_PATTERNS,
    // The team's sync server is chosen by the operator; its permission is asked for when saved.
    // (Firefox builds MV2, where the same thing is spelled optional_permissions.)
    ...(browser === 'firefox'
      ? { optional_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    action: { default_title: '__MSG_extName__' },
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_openPanel__',
      },
    },
    browser_specific_settings: browser === 'firefox' ? { gecko: { id: 'kizuki@kizuki.dev' } } : undefined,
  }),
});
