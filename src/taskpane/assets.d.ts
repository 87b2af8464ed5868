/** Files bundled as text by webpack (asset/source). */
declare module "*.csv" {
  const text: string;
  export default text;
}
