// What the docs' snippets take from the page around them.
declare function gtag(command: 'event', name: string, parameters: Record<string, unknown>): void
