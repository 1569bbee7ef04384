import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerCardModule } from '../src/card/module';

// Loaded by the content script at the first hover (src/page/card-loader.ts).
export default defineUnlistedScript(registerCardModule);
