/** Types for the traditional/Japanese → simplified subset bundle of opencc-js (the package's own types cover the full bundle). */
declare module "opencc-js/t2cn" {
  export function Converter(options: { from: string; to: string }): (text: string) => string;
}
