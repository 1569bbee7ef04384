import { render } from 'preact';
import { Options } from '../../src/options/options';

render(<Options />, document.getElementById('app')!);
