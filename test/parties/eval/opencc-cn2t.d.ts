/** Types for opencc-js's simplified → traditional/Japanese subset bundle (used by the evaluation generator only). */
declare module "opencc-js/cn2t" {
  export function Converter(options: { from: string; to: string }): (text: string) => string;
}
