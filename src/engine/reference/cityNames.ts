/**
 * City names that stand for their country (reference/data/city-names.json): capitals and the main commercial, port
 * and industrial cities, with their sources. A city that shares its name with a place elsewhere is not in the table.
 */
import data from "./data/city-names.json";

/** City names by ISO 3166-1 alpha-2 code. */
export const CITY_NAMES: Readonly<Record<string, readonly string[]>> = data.cities;
export const CITY_NAME_SOURCES: Readonly<Record<string, string>> = data.sources;
export const CITY_NAMES_AS_OF: string = data.as_of;
