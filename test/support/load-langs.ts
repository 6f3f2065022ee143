// The CLI loads its one language in main() (loadLang); tests that call modules directly switch
// languages with the synchronous setLang() and compare both with messagesFor(), so both are
// loaded here, before any test file runs, and English is the current one.
import { loadLang } from '../../src/i18n/index.js';
import { useChalk } from '../../src/ui/color.js';

await loadLang('zh-CN');
await loadLang('en');
// The CLI brings chalk in beside a command that colours (src/cli.ts); tests that colour call modules directly.
useChalk(await import('../../src/load/color.js'));
