/** The options page. Settings arrive with the popup-and-settings work; for now it says what the extension is. */
export function Options() {
  return (
    <main>
      <h1>News Context</h1>
      <p>Everything runs on this computer: the archive ships with the extension and nothing is sent anywhere.</p>
    </main>
  );
}
