import { render } from 'preact';
import { Popup } from '../../src/popup/popup';
import { requestArchiveStats } from '../../src/popup/requests';

render(<Popup loadStats={requestArchiveStats} />, document.getElementById('app')!);
