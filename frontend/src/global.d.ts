// window.go is where Wails puts the bound Go services.
interface Window {
  go?: Record<string, Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>>>;
}
