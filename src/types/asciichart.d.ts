// asciichart ships no types; the part drill uses.
declare module "asciichart" {
  export interface PlotConfig {
    height?: number;
    min?: number;
    max?: number;
    offset?: number;
    padding?: string;
    colors?: string[];
    symbols?: string[];
    format?: (y: number, i: number) => string;
  }
  export function plot(series: number[] | number[][], config?: PlotConfig): string;
  export const cyan: string;
  export const darkgray: string;
  export const red: string;
  export const green: string;
}
