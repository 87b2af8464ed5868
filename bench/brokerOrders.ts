/**
 * A second benchmark input, closer to a customs broker's file than the bundled example repeated: the example's 46
 * rows repeat exactly every 46 rows (only the order number changes), so every cache keyed by a cell's text is hit on
 * all but the first rows. Here a few thousand customers (each with its country, spelling of the country, end use,
 * address and start date) order from a catalogue of about a thousand items; customers and items follow a Zipf-like
 * distribution (a few are frequent, most are rare); amounts, delivery dates, payment terms and currencies vary row
 * by row; 2 % of the rows are the example's rows (embargoed, listed and flagged parties) with new order numbers.
 * Deterministic (a seeded generator): the same file for the same row count.
 */
import * as fs from "fs";
import * as path from "path";

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  "Harbor",
  "Summit",
  "Pacific",
  "Golden",
  "Lotus",
  "Orchid",
  "Nordic",
  "Delta",
  "Meridian",
  "Crescent",
  "Aurora",
  "Cedar",
  "Falcon",
  "Jade",
  "Maple",
  "Coral",
  "Silver",
  "Eastern",
  "Western",
  "Northern",
  "Southern",
  "Central",
  "Riverside",
  "Hillcrest",
  "Bayview",
  "Sunrise",
  "Evergreen",
  "Pioneer",
  "Atlas",
  "Vertex",
  "Zenith",
  "Horizon",
  "Kestrel",
  "Mekong",
  "Yangtze",
  "Rhine",
  "Danube",
  "Ganges",
  "Chao Phraya",
  "Han River",
  "Pearl",
  "Bosphorus",
];
const TRADES = [
  "Precision",
  "Machinery",
  "Electronics",
  "Components",
  "Tooling",
  "Automation",
  "Instruments",
  "Plastics",
  "Packaging",
  "Foods",
  "Textiles",
  "Metals",
  "Motors",
  "Optics",
  "Systems",
  "Industrial",
  "Engineering",
  "Controls",
  "Hydraulics",
  "Bearings",
  "Medical",
  "Semiconductor",
  "Chemicals",
  "Auto Parts",
  "Furniture",
  "Paper",
];
/** Country, its share of customers, the ways its name is written, company suffixes. */
const COUNTRIES: Array<[string, number, string[], string[]]> = [
  [
    "CN",
    25,
    ["CN", "China", "中国", "People's Republic of China"],
    ["Co., Ltd.", "Trading Co.", "Industrial Co., Ltd."],
  ],
  ["US", 14, ["US", "USA", "United States"], ["Inc.", "LLC", "Corp."]],
  ["KR", 8, ["KR", "Korea, Republic of", "韓国"], ["Co., Ltd.", "Corporation"]],
  ["TW", 8, ["TW", "Taiwan", "台湾"], ["Co., Ltd.", "Corp."]],
  ["TH", 6, ["TH", "Thailand", "タイ"], ["Co., Ltd.", "Public Co., Ltd."]],
  ["VN", 6, ["VN", "Viet Nam", "Vietnam", "ベトナム"], ["JSC", "Co., Ltd."]],
  ["DE", 5, ["DE", "Germany", "ドイツ"], ["GmbH", "AG"]],
  ["IN", 4, ["IN", "India"], ["Pvt Ltd", "Ltd"]],
  ["SG", 4, ["SG", "Singapore"], ["Pte Ltd"]],
  ["MY", 4, ["MY", "Malaysia"], ["Sdn Bhd"]],
  ["ID", 3, ["ID", "Indonesia"], ["PT", "Tbk"]],
  ["MX", 2, ["MX", "Mexico"], ["SA de CV"]],
  ["GB", 2, ["GB", "United Kingdom", "UK"], ["Ltd", "plc"]],
  ["FR", 2, ["FR", "France"], ["SAS", "SA"]],
  ["PH", 2, ["PH", "Philippines"], ["Inc.", "Corp."]],
  ["TR", 1, ["TR", "Turkey", "Türkiye"], ["AS", "Ltd Sti"]],
  ["AE", 1, ["AE", "United Arab Emirates", "UAE"], ["LLC", "FZE"]],
  ["BR", 1, ["BR", "Brazil"], ["Ltda"]],
  ["AU", 1, ["AU", "Australia"], ["Pty Ltd"]],
  ["PK", 1, ["PK", "Pakistan"], ["Pvt Ltd"]],
];
const END_USES = [
  "Production of automotive parts",
  "Machining of engine blocks",
  "Assembly of consumer electronics",
  "Quality inspection in factory",
  "Food processing line",
  "Packaging of pharmaceuticals",
  "Research laboratory",
  "Maintenance of production equipment",
  "Printed circuit board assembly",
  "Injection moulding of housings",
  "Textile dyeing",
  "Water treatment plant",
  "Power plant maintenance",
  "University teaching laboratory",
  "Semiconductor back-end testing",
  "Resale to local machine shops",
  "Spare parts for installed machines",
  "Agricultural machinery production",
  "Medical device manufacturing",
  "Steel mill rolling line",
];
const PRODUCTS: Array<[string, string[]]> = [
  ["CNC lathe", ["8458.11", "8458.19"]],
  ["Machining centre", ["8457.10"]],
  ["Grinding machine", ["8460.12", "8460.29"]],
  ["Oscilloscope", ["9030.20"]],
  ["Multimeter", ["9030.31"]],
  ["Spectrum analyser", ["9030.40"]],
  ["Microcontroller ICs", ["8542.31"]],
  ["Memory ICs", ["8542.32"]],
  ["Ball bearings", ["8482.10"]],
  ["Servo motor", ["8501.52"]],
  ["Frequency inverter", ["8504.40"]],
  ["Hydraulic cylinder", ["8412.21"]],
  ["Vacuum pump", ["8414.10"]],
  ["Centrifugal pump", ["8413.70"]],
  ["Ball valve", ["8481.80"]],
  ["Industrial robot", ["8479.50"]],
  ["Injection moulding machine", ["8477.10"]],
  ["Polyethylene film", ["3920.10"]],
  ["Epoxy resin", ["3907.30"]],
  ["Green tea", ["0902.10"]],
  ["Office chairs", ["9401.61"]],
  ["Laboratory balance", ["8423.10"]],
  ["Coordinate measuring machine", ["9031.49"]],
  ["Image sensor", ["8542.31"]],
  ["Heat exchanger", ["8419.50"]],
  ["Diesel generator set", ["8502.13"]],
  ["Spectrophotometer", ["9027.50"]],
  ["Linear guide", ["8483.30"]],
  ["Stainless steel pipe", ["7306.40"]],
  ["Printed circuit boards", ["8534.00"]],
];
const PAYMENT = ["L/C at sight", "T/T 30 days", "T/T 60 days", "D/P", "Open account 90 days", "T/T in advance"];
const CURRENCIES: Array<[string, number]> = [
  ["JPY", 70],
  ["USD", 20],
  ["EUR", 5],
  ["CNY", 5],
];
const STREETS = ["Industrial Road", "Science Park", "Export Zone", "Harbour Street", "Technology Avenue", "Ring Road"];

function weighted<T>(r: () => number, items: Array<[T, number]>): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let x = r() * total;
  for (const [v, w] of items) if ((x -= w) < 0) return v;
  return items[items.length - 1][0];
}
/** Index 0..n-1, the low ones far more often (Zipf-like, exponent about 1). */
const zipf = (r: () => number, n: number) => Math.min(n - 1, Math.floor(Math.exp(r() * Math.log(n + 1)) - 1));
const pick = <T>(r: () => number, xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export const BROKER_CUSTOMERS = 3000;
export const BROKER_ITEMS = 1000;

/** Writes `rows` order rows (plus the header) to `file` unless it exists. */
export function writeBrokerCsv(file: string, rows: number, root: string): void {
  if (fs.existsSync(file)) return;
  const r = rng(20261201);
  const example = fs
    .readFileSync(path.join(root, "examples", "orders-example.csv"), "utf8")
    .trim()
    .split(/\r?\n/);
  const header = example[0].split(",");
  const col = (name: string) => header.indexOf(name);
  const countryShares = COUNTRIES.map((c) => [c, c[1]] as [(typeof COUNTRIES)[number], number]);
  const customers = Array.from({ length: BROKER_CUSTOMERS }, (_, i) => {
    const [iso, , spellings, suffixes] = weighted(r, countryShares);
    const name = `${pick(r, PLACES)} ${pick(r, TRADES)} ${pick(r, suffixes)}${i % 7 === 0 ? ` ${i}` : ""}`;
    const year = 2000 + Math.floor(r() * 26);
    return {
      name,
      iso,
      destination: pick(r, spellings),
      endUse: pick(r, END_USES),
      address: `${1 + Math.floor(r() * 2000)} ${pick(r, STREETS)}, ${pick(r, PLACES)} City`,
      since: `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, "0")}-01`,
      payment: pick(r, PAYMENT),
    };
  });
  const items = Array.from({ length: BROKER_ITEMS }, () => {
    const [name, codes] = pick(r, PRODUCTS);
    return {
      description: `${name} model ${String.fromCharCode(65 + Math.floor(r() * 26))}-${Math.floor(r() * 900 + 100)}`,
      hs: pick(r, codes),
    };
  });
  const fd = fs.openSync(file, "w");
  fs.writeSync(fd, example[0] + "\n");
  let chunk = "";
  for (let i = 0; i < rows; i++) {
    let line: string;
    if (r() < 0.02) {
      line = example[1 + Math.floor(r() * (example.length - 1))].replace(/^[^,]*/, `K-${i}`);
    } else {
      const c = customers[zipf(r, customers.length)];
      const it = items[zipf(r, items.length)];
      const cells = new Array<string>(header.length).fill("");
      const set = (name: string, v: string) => (cells[col(name)] = v);
      set("order_id", `K-${i}`);
      set("item_description", it.description);
      set("hs_code", it.hs);
      set("list_control", "non-controlled");
      set("destination", c.destination);
      set("consignee", c.name);
      set("consignee_country", c.iso);
      set("end_user", c.name);
      set("end_user_country", c.iso);
      set("buyer", c.name);
      set("end_use", c.endUse);
      set("transaction_type", "goods");
      set("payment_terms", c.payment);
      set("order_value", String(Math.round(Math.exp(9 + r() * 9))));
      set("currency", weighted(r, CURRENCIES));
      set(
        "delivery_date",
        `2027-${String(1 + Math.floor(r() * 12)).padStart(2, "0")}-${String(1 + Math.floor(r() * 28)).padStart(2, "0")}`,
      );
      set("delivery_address", c.address);
      set("customer_since", c.since);
      set("service_declined", "no");
      line = cells.map(q).join(",");
    }
    chunk += line + "\n";
    if (chunk.length > 1 << 20) {
      fs.writeSync(fd, chunk);
      chunk = "";
    }
  }
  fs.writeSync(fd, chunk);
  fs.closeSync(fd);
}

if (require.main === module) {
  const [file, rows] = process.argv.slice(2);
  writeBrokerCsv(file, Number(rows ?? 100_000), path.resolve(__dirname, ".."));
}
