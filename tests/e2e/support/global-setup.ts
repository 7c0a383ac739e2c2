import { existsSync } from 'node:fs';
import { extensionPath } from './extension';

export default function globalSetup() {
  if (!existsSync(`${extensionPath}/manifest.json`)) {
    throw new Error(`No built extension at ${extensionPath}: run \`npm run build\` first.`);
  }
}
