/**
 * Unusual payment arrangements written in the payment terms or the remarks: a third party or a third country pays,
 * an exchange house or hawala, crypto-assets, several payers (reference/data/payment-vocabulary.json). A term with
 * a negation in the same clause ("no third-party payments", 「第三者からの支払は不可」) is a condition of the
 * contract, not an arrangement of this order.
 */
import vocab from "../reference/data/payment-vocabulary.json";
import { findWord, removeWords } from "./match";

const CLAUSE = /[。．.;；!?！？\n]+/u;

/** The term and its clause when the text states an unusual payment, or undefined. */
export function unusualPaymentIn(
  text: string,
  where: "terms" | "remarks" = "terms",
): { term: string; clause: string } | undefined {
  if (!text) return undefined;
  for (const clause of text.split(CLAUSE)) {
    const term = findWord(clause, vocab.terms);
    if (!term) continue;
    // In the remarks the clause must be about paying ("resold to a third country" is not a payment).
    if (where === "remarks" && !findWord(clause, vocab.payment_words.words)) continue;
    // The negation must be about the arrangement: the terms themselves ("not the buyer") and numbers ("No. 5") aside.
    const rest = removeWords(clause, vocab.terms).replace(/\bno\s*[.:#]\s*\d*/giu, " ");
    if (findWord(rest, vocab.negations)) continue;
    return { term, clause: clause.trim() };
  }
  return undefined;
}
