import { render } from 'preact';
render(<main>Corroborate</main>, document.getElementById('app')!);
