import { render } from 'preact';
import { Popup } from '../../src/popup/popup';
import { requestArchiveStats, requestFindings } from '../../src/popup/requests';

render(<Popup loadStats={requestArchiveStats} loadFindings={requestFindings} />, document.getElementById('app')!);
