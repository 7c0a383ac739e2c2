export function App() {
  return <main>Kizuki</main>;
}
