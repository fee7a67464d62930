// Every generated audio file, as a URL Vite fingerprints and the offline cache can list.
const urls = import.meta.glob<string>('../../assets/audio/*.{mp3,opus}', {
  eager: true,
  query: '?url',
  import: 'default',
});

export function audioUrl(file: string): string | undefined {
  return urls[`../../assets/audio/${file}`];
}
