// ANSI styling for the terminal, off unless io says colour is wanted.
export type Style = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'magenta' | 'cyan';

const CODES: Record<Style, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  magenta: [35, 39],
  cyan: [36, 39],
};

export type Paint = (style: Style | undefined, text: string) => string;

export function painter(colour: boolean): Paint {
  if (!colour) return (_style, text) => text;
  return (style, text) => {
    if (!style) return text;
    const [on, off] = CODES[style];
    return `\x1b[${on}m${text}\x1b[${off}m`;
  };
}
