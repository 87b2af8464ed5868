/** Party screening: list importers, the list store, the matcher and the allow-list. */
export { ListImportError, METI_EUL_LIST_ID, matchId, type PartyEntry, type PartyList } from "./list-model";
export { importMetiEul, parseWmdCell, parseCwCell, parseAliasCell, type MetiEulImportOptions } from "./import-meti-eul";
export { importSdnCsv, looksLikeSdnCsv, sdnAliasesFromRemarks, SDN_LIST_ID, type SdnImportOptions } from "./import-sdn";
export { importOwnList, type OwnListImportOptions } from "./import-own-list";
export { ListStore, type ListLoadOutcome } from "./list-store";
export { analyzeName, MAX_NAME_CHARS, type AnalyzedName, type NameToken } from "./analyze-name";
export { NameIndex } from "./name-index";
export {
  createPartyScreener,
  indexFor,
  DEFAULT_THRESHOLDS,
  COUNTRY_MISMATCH_PENALTY,
  type DetailedPartyScreener,
  type PartyScreenerOptions,
  type PartyScreening,
  type PartyThresholds,
} from "./screener";
export {
  AllowList,
  allowEntryFor,
  partyKey,
  entryFingerprint,
  parseAllowListCsv,
  allowListToCsv,
  parseAllowListJson,
  allowListToJson,
  ALLOW_LIST_CSV_COLUMNS,
  ALLOW_LIST_JSON_FORMAT,
  type AllowEntry,
  type AllowDecision,
} from "./allow-list";
